import { useTranslations } from "next-intl";
import type { FieldsProps, FormKind } from "./form-kind";
import { TextField } from "./shared-fields";

function Fields({ f, set, err }: FieldsProps) {
  const t = useTranslations("form");
  return (
    <div className="grid gap-3 sm:grid-cols-2">
      <TextField numeric label={t("nth")} value={f.n} onChange={(v) => set({ n: v })} error={err("rules.n")} />
      <TextField numeric label={`${t("percentOff")} (%)`} value={f.percentOff} onChange={(v) => set({ percentOff: v })} error={err("rules.percentOff")} />
    </div>
  );
}

export const nthItemForm: FormKind = {
  type: "NTH_ITEM",
  Fields,
  toRules: (f, r) => ({ n: r.int(f.n, "rules.n"), percentOff: r.int(f.percentOff, "rules.percentOff") }),
};
