import { formatYuan } from "../../money";
import type { ItemKind } from "../kind";
import { flashSaleRulesSchema } from "./rules";

/** The price applies only to units a won attempt granted (lib/flash-sale). */
export const flashSaleKind: ItemKind<"FLASH_SALE", typeof flashSaleRulesSchema> = {
  type: "FLASH_SALE",
  stage: "item",
  rulesSchema: flashSaleRulesSchema,
  labels: { zh: "秒杀", en: "Flash sale" },
  shopperRank: 1,
  needsEntitlement: true,
  unitOff: (rules, sku) => {
    const item = rules.items.find((i) => i.skuId === sku.id);
    return item ? Math.max(0, sku.price - item.flashPrice) : null;
  },
  describe: (r, { locale, skuName }) =>
    r.items.map((i) => (locale === "zh" ? `${skuName(i.skuId)} 秒杀价 ${formatYuan(i.flashPrice)}，限量 ${i.stock} 件，每人限 ${i.perUserLimit} 件` : `${skuName(i.skuId)} at ${formatYuan(i.flashPrice)}, ${i.stock} units, ${i.perUserLimit} per shopper`)),
  hintReward: (amountOff) => `${formatYuan(amountOff)} off`,
  scopeFromRules: () => true,
};
