import { useTranslations } from "next-intl";
import { centsToYuanText } from "@/lib/pricing/money";
import { emptyItem } from "../form-types";
import type { FieldsProps, FormKind } from "./form-kind";
import { ItemRows, TextField, type ItemColumnsProps } from "./shared-fields";

function Columns({ item, i, update, err }: ItemColumnsProps) {
  const t = useTranslations("form");
  return (
    <>
      <TextField label={`${t("addOnPrice")} (¥)`} value={item.value} onChange={(v) => update({ value: v })} error={err(`rules.items.${i}.addOnPrice`)} />
      <TextField numeric label={t("maxQuantity")} value={item.stock} onChange={(v) => update({ stock: v })} error={err(`rules.items.${i}.maxQuantity`)} />
    </>
  );
}

function Fields(p: FieldsProps) {
  const t = useTranslations("form");
  return (
    <div className="space-y-3">
      <div className="grid gap-3 sm:grid-cols-2">
        <TextField label={`${t("addOnThreshold")} (¥)`} value={p.f.threshold} onChange={(v) => p.set({ threshold: v })} error={p.err("rules.threshold")} />
      </div>
      <ItemRows {...p} Columns={Columns} />
    </div>
  );
}

export const addOnForm: FormKind = {
  type: "ADD_ON",
  Fields,
  toRules: (f, r) => ({
    threshold: r.cents(f.threshold, "rules.threshold"),
    items: f.items.map((it, i) => ({ skuId: it.skuId, addOnPrice: r.cents(it.value, `rules.items.${i}.addOnPrice`), maxQuantity: r.int(it.stock || "1", `rules.items.${i}.maxQuantity`) })),
  }),
  fill: (rules) => ({
    threshold: typeof rules.threshold === "number" ? centsToYuanText(rules.threshold) : "",
    items: ((rules.items ?? []) as { skuId: string; addOnPrice: number; maxQuantity: number }[]).map((it) => ({ ...emptyItem(), skuId: it.skuId, value: centsToYuanText(it.addOnPrice), stock: String(it.maxQuantity) })),
  }),
};
