import { useTranslations } from "next-intl";
import { Field, inputClass } from "../field";
import type { ItemForm, PromotionForm } from "../form-types";
import type { FieldsProps, FormKind } from "./form-kind";
import { ItemRows, TextField, type ItemColumnsProps } from "./shared-fields";

function Offer({ item, i, update, err }: ItemColumnsProps) {
  const t = useTranslations("form");
  return (
    <>
      <Field label={t("offer")}>
        <select value={item.mode} onChange={(e) => update({ mode: e.target.value as ItemForm["mode"] })} className={inputClass}>
          <option value="specialPrice">{t("specialPrice")}</option>
          <option value="percentOff">{t("percentOff")}</option>
          <option value="amountOff">{t("amountOff")}</option>
        </select>
      </Field>
      <TextField label={item.mode === "percentOff" ? "%" : "¥"} value={item.value} onChange={(v) => update({ value: v })} error={err(`rules.items.${i}.${item.mode}`)} />
    </>
  );
}

function Fields(p: FieldsProps) {
  const t = useTranslations("form");
  const { f, set, err } = p;
  return (
    <div className="space-y-3">
      <Field label={t("mode")}>
        <select value={f.discountMode} onChange={(e) => set({ discountMode: e.target.value as PromotionForm["discountMode"] })} className={inputClass}>
          <option value="items">{t("perSku")}</option>
          <option value="scope">{t("wholeScope")}</option>
        </select>
      </Field>
      {f.discountMode === "scope" ? <TextField numeric label={`${t("percentOff")} (%)`} value={f.percentOff} onChange={(v) => set({ percentOff: v })} error={err("rules.percentOff")} /> : <ItemRows {...p} Columns={Offer} />}
    </div>
  );
}

export const discountForm: FormKind = {
  type: "DISCOUNT",
  Fields,
  toRules: (f, r) =>
    f.discountMode === "scope"
      ? { percentOff: r.int(f.percentOff, "rules.percentOff") }
      : { items: f.items.map((it, i) => ({ skuId: it.skuId, [it.mode]: it.mode === "percentOff" ? r.int(it.value, `rules.items.${i}.${it.mode}`) : r.cents(it.value, `rules.items.${i}.${it.mode}`) })) },
  itemScoped: (f) => f.discountMode === "items",
  fill: (rules) => ({ discountMode: rules.percentOff !== undefined ? "scope" : "items" }),
};
