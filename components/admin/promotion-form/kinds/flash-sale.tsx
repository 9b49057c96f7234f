import { useTranslations } from "next-intl";
import type { FieldsProps, FormKind } from "./form-kind";
import { ItemRows, TextField, type ItemColumnsProps } from "./shared-fields";

function Columns({ item, i, update, err }: ItemColumnsProps) {
  const t = useTranslations("form");
  return (
    <>
      <TextField label={`${t("flashPrice")} (¥)`} value={item.value} onChange={(v) => update({ value: v })} error={err(`rules.items.${i}.flashPrice`)} />
      <TextField numeric label={t("stock")} value={item.stock} onChange={(v) => update({ stock: v })} error={err(`rules.items.${i}.stock`)} />
      <TextField numeric label={t("perUserLimit")} value={item.perUserLimit} onChange={(v) => update({ perUserLimit: v })} error={err(`rules.items.${i}.perUserLimit`)} />
    </>
  );
}

function Fields(p: FieldsProps) {
  return (
    <div className="space-y-3">
      <ItemRows {...p} Columns={Columns} />
    </div>
  );
}

export const flashSaleForm: FormKind = {
  type: "FLASH_SALE",
  Fields,
  toRules: (f, r) => ({ items: f.items.map((it, i) => ({ skuId: it.skuId, flashPrice: r.cents(it.value, `rules.items.${i}.flashPrice`), stock: r.int(it.stock, `rules.items.${i}.stock`), perUserLimit: r.int(it.perUserLimit, `rules.items.${i}.perUserLimit`) })) }),
  itemScoped: () => true,
};
