import { useTranslations } from "next-intl";
import { inputClass } from "../field";
import type { FieldsProps, FormKind } from "./form-kind";
import { BasisField, SkuSelect, TierRows, type TierValueProps } from "./shared-fields";
import type { SkuOption } from "../sku-picker-client";

function giftsOf(skus: SkuOption[]) {
  return function Gifts({ tier, i, update, err }: TierValueProps) {
    const t = useTranslations("form");
    const gift = (k: number, patch: Partial<TierValueProps["tier"]["gifts"][number]>) => update({ gifts: tier.gifts.map((y, j) => (j === k ? { ...y, ...patch } : y)) });
    return (
      <div className="space-y-1">
        {tier.gifts.map((g, k) => (
          <div key={k} className="flex gap-2">
            <SkuSelect label={t("gift")} value={g.skuId} skus={skus} onChange={(v) => gift(k, { skuId: v })} />
            <input aria-label={t("quantity")} value={g.quantity} onChange={(e) => gift(k, { quantity: e.target.value })} className={`w-16 ${inputClass}`} />
          </div>
        ))}
        {err(`rules.tiers.${i}.gifts`) && <p className="text-xs text-rose-700">{err(`rules.tiers.${i}.gifts`)}</p>}
        <button type="button" onClick={() => update({ gifts: [...tier.gifts, { skuId: "", quantity: "1" }] })} className="text-xs text-brand-700 hover:underline">
          + {t("addGift")}
        </button>
      </div>
    );
  };
}

// one gift editor per SKU list (the list is fixed for the life of the form)
const editors = new WeakMap<SkuOption[], ReturnType<typeof giftsOf>>();

function Fields({ f, set, err, skus }: FieldsProps) {
  let Gifts = editors.get(skus);
  if (!Gifts) editors.set(skus, (Gifts = giftsOf(skus)));
  return (
    <div className="space-y-3">
      <div className="grid gap-3 sm:grid-cols-2">
        <BasisField f={f} set={set} />
      </div>
      <TierRows f={f} set={set} err={err} Value={Gifts} />
    </div>
  );
}

export const giftForm: FormKind = {
  type: "GIFT",
  Fields,
  toRules: (f, r) => ({ basis: f.basis, tiers: f.tiers.map((x, i) => ({ threshold: r.threshold(x.threshold, `rules.tiers.${i}.threshold`), gifts: x.gifts.map((g, k) => ({ skuId: g.skuId, quantity: r.int(g.quantity, `rules.tiers.${i}.gifts.${k}.quantity`) })) })) }),
};
