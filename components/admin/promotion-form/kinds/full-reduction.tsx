import { useTranslations } from "next-intl";
import { Field, inputClass } from "../field";
import type { FieldsProps, FormKind } from "./form-kind";
import { BasisField, TextField, TierRows, type TierValueProps } from "./shared-fields";

function AmountOff({ tier, i, update, err }: TierValueProps) {
  const t = useTranslations("form");
  return <TextField label={`${t("amountOff")} (¥)`} value={tier.amountOff} onChange={(v) => update({ amountOff: v })} error={err(`rules.tiers.${i}.amountOff`)} />;
}

function Fields({ f, set, err }: FieldsProps) {
  const t = useTranslations("form");
  const unit = f.basis === "QUANTITY" ? t("units") : "¥";
  return (
    <div className="space-y-3">
      <div className="grid gap-3 sm:grid-cols-2">
        <BasisField f={f} set={set} />
        <Field label={t("mode")}>
          <select value={f.repeat ? "repeat" : "tiers"} onChange={(e) => set({ repeat: e.target.value === "repeat" })} className={inputClass}>
            <option value="tiers">{t("modeTiers")}</option>
            <option value="repeat">{t("modeRepeat")}</option>
          </select>
        </Field>
      </div>
      {f.repeat ? (
        <div className="grid gap-3 sm:grid-cols-3">
          <TextField label={`${t("every")} (${unit})`} value={f.threshold} onChange={(v) => set({ threshold: v })} error={err("rules.threshold")} />
          <TextField label={`${t("amountOff")} (¥)`} value={f.amountOff} onChange={(v) => set({ amountOff: v })} error={err("rules.amountOff")} />
          <TextField label={`${t("maxOff")} (¥)`} value={f.maxOff} onChange={(v) => set({ maxOff: v })} error={err("rules.maxOff")} />
        </div>
      ) : (
        <TierRows f={f} set={set} err={err} Value={AmountOff} />
      )}
    </div>
  );
}

export const fullReductionForm: FormKind = {
  type: "FULL_REDUCTION",
  Fields,
  toRules: (f, r) =>
    f.repeat
      ? { basis: f.basis, repeat: true, threshold: r.threshold(f.threshold, "rules.threshold"), amountOff: r.cents(f.amountOff, "rules.amountOff"), maxOff: r.cents(f.maxOff, "rules.maxOff", true) }
      : { basis: f.basis, tiers: f.tiers.map((x, i) => ({ threshold: r.threshold(x.threshold, `rules.tiers.${i}.threshold`), amountOff: r.cents(x.amountOff, `rules.tiers.${i}.amountOff`) })) },
};
