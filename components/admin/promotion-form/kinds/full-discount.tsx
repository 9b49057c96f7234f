import { useTranslations } from "next-intl";
import type { FieldsProps, FormKind } from "./form-kind";
import { BasisField, TextField, TierRows, type TierValueProps } from "./shared-fields";

function PercentOff({ tier, i, update, err }: TierValueProps) {
  const t = useTranslations("form");
  return <TextField numeric label={`${t("percentOff")} (%)`} value={tier.percentOff} onChange={(v) => update({ percentOff: v })} error={err(`rules.tiers.${i}.percentOff`)} />;
}

function Fields({ f, set, err }: FieldsProps) {
  return (
    <div className="space-y-3">
      <div className="grid gap-3 sm:grid-cols-2">
        <BasisField f={f} set={set} />
      </div>
      <TierRows f={f} set={set} err={err} Value={PercentOff} />
    </div>
  );
}

export const fullDiscountForm: FormKind = {
  type: "FULL_DISCOUNT",
  Fields,
  toRules: (f, r) => ({ basis: f.basis, tiers: f.tiers.map((x, i) => ({ threshold: r.threshold(x.threshold, `rules.tiers.${i}.threshold`), percentOff: r.int(x.percentOff, `rules.tiers.${i}.percentOff`) })) }),
};
