import { useTranslations } from "next-intl";
import type { FieldsProps, FormKind } from "./form-kind";
import { TextField } from "./shared-fields";

function Fields({ f, set, err }: FieldsProps) {
  const t = useTranslations("form");
  return (
    <div className="grid gap-3 sm:grid-cols-3">
      <TextField label={`${t("threshold")} (¥)`} value={f.threshold} onChange={(v) => set({ threshold: v })} error={err("rules.threshold")} />
      <label className="flex items-center gap-2 pt-6 text-sm">
        <input type="checkbox" checked={f.free} onChange={(e) => set({ free: e.target.checked })} /> {t("freeShipping")}
      </label>
      {!f.free && <TextField label={`${t("amountOff")} (¥)`} value={f.amountOff} onChange={(v) => set({ amountOff: v })} error={err("rules.amountOff")} />}
    </div>
  );
}

export const shippingForm: FormKind = {
  type: "SHIPPING",
  Fields,
  // the threshold is the shop's goods in yuan, whatever the basis
  toRules: (f, r) => (f.free ? { threshold: r.cents(f.threshold, "rules.threshold"), free: true } : { threshold: r.cents(f.threshold, "rules.threshold"), amountOff: r.cents(f.amountOff, "rules.amountOff") }),
};
