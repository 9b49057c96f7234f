import { useTranslations } from "next-intl";
import { centsToYuanText } from "@/lib/pricing/money";
import type { FieldsProps, FormKind } from "./form-kind";
import { TextField } from "./shared-fields";

function Fields({ f, set, err }: FieldsProps) {
  const t = useTranslations("form");
  return (
    <div className="grid gap-3 sm:grid-cols-2">
      <TextField numeric label={t("anyN")} value={f.n} onChange={(v) => set({ n: v })} error={err("rules.n")} />
      <TextField label={`${t("groupPriceOfN")} (¥)`} value={f.price} onChange={(v) => set({ price: v })} error={err("rules.price")} />
    </div>
  );
}

export const anyNForm: FormKind = {
  type: "ANY_N",
  Fields,
  toRules: (f, r) => ({ n: r.int(f.n, "rules.n"), price: r.cents(f.price, "rules.price") }),
  fill: (rules) => ({ price: typeof rules.price === "number" ? centsToYuanText(rules.price) : "" }),
};
