import { useTranslations } from "next-intl";
import { centsToYuanText } from "@/lib/pricing/money";
import { emptyItem } from "../form-types";
import type { FieldsProps, FormKind } from "./form-kind";
import { ItemRows, TextField, type ItemColumnsProps } from "./shared-fields";

function Columns({ item, i, update, err }: ItemColumnsProps) {
  const t = useTranslations("form");
  return <TextField numeric label={t("quantityInSet")} value={item.value} onChange={(v) => update({ value: v })} error={err(`rules.items.${i}.quantity`)} />;
}

function Fields(p: FieldsProps) {
  const t = useTranslations("form");
  return (
    <div className="space-y-3">
      <ItemRows {...p} Columns={Columns} />
      <div className="grid gap-3 sm:grid-cols-2">
        <TextField label={`${t("bundlePrice")} (¥)`} value={p.f.price} onChange={(v) => p.set({ price: v })} error={p.err("rules.bundlePrice") ?? p.err("rules.items")} />
      </div>
    </div>
  );
}

export const bundleForm: FormKind = {
  type: "BUNDLE",
  Fields,
  toRules: (f, r) => ({ items: f.items.map((it, i) => ({ skuId: it.skuId, quantity: r.int(it.value || "1", `rules.items.${i}.quantity`) })), bundlePrice: r.cents(f.price, "rules.bundlePrice") }),
  itemScoped: () => true,
  fill: (rules) => ({
    items: ((rules.items ?? []) as { skuId: string; quantity: number }[]).map((it) => ({ ...emptyItem(), skuId: it.skuId, value: String(it.quantity) })),
    price: typeof rules.bundlePrice === "number" ? centsToYuanText(rules.bundlePrice) : "",
  }),
};
