import { formatYuan, percentOf } from "../../money";
import type { ItemKind } from "../kind";
import { percentWords } from "../shared";
import { discountRulesSchema } from "./rules";

export const discountKind: ItemKind<"DISCOUNT", typeof discountRulesSchema> = {
  type: "DISCOUNT",
  stage: "item",
  rulesSchema: discountRulesSchema,
  labels: { zh: "限时折扣", en: "Limited-time discount" },
  shopperRank: 2,
  needsEntitlement: false,
  // one unit's discount before the floor cut; null = the offer does not name this SKU
  unitOff: (rules, sku) => {
    if (rules.percentOff !== undefined) return percentOf(sku.price, rules.percentOff);
    const item = rules.items?.find((i) => i.skuId === sku.id);
    if (!item) return null;
    if (item.percentOff !== undefined) return percentOf(sku.price, item.percentOff);
    if (item.specialPrice !== undefined) return Math.max(0, sku.price - item.specialPrice);
    return Math.min(item.amountOff ?? 0, sku.price);
  },
  describe: (r, { locale, skuName }) => {
    const zh = locale === "zh";
    if (r.percentOff !== undefined) return [zh ? `活动商品 ${percentWords(r.percentOff, locale)}` : `${percentWords(r.percentOff, locale)} on every product in scope`];
    return (r.items ?? []).map((i) =>
      i.specialPrice !== undefined ? (zh ? `${skuName(i.skuId)} 特价 ${formatYuan(i.specialPrice)}` : `${skuName(i.skuId)} at ${formatYuan(i.specialPrice)}`) : i.percentOff !== undefined ? `${skuName(i.skuId)} ${percentWords(i.percentOff, locale)}` : zh ? `${skuName(i.skuId)} 直降 ${formatYuan(i.amountOff ?? 0)}` : `${skuName(i.skuId)} ${formatYuan(i.amountOff ?? 0)} off`,
    );
  },
  hintReward: (amountOff) => `${formatYuan(amountOff)} off`,
  scopeFromRules: (r) => Array.isArray(r.items),
};
