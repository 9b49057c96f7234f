import { formatYuan } from "../../money";
import type { ItemKind } from "../kind";
import { groupBuyRulesSchema } from "./rules";

/** The price applies only to the unit of a joined group (lib/group-buy). */
export const groupBuyKind: ItemKind<"GROUP_BUY", typeof groupBuyRulesSchema> = {
  type: "GROUP_BUY",
  stage: "item",
  rulesSchema: groupBuyRulesSchema,
  labels: { zh: "拼团", en: "Group buy" },
  shopperRank: 7,
  needsEntitlement: true,
  unitOff: (rules, sku) => {
    const item = rules.items.find((i) => i.skuId === sku.id);
    return item ? Math.max(0, sku.price - item.groupPrice) : null;
  },
  describe: (r, { locale, skuName }) =>
    r.items.map((i) => (locale === "zh" ? `${skuName(i.skuId)} ${r.groupSize} 人团 ${formatYuan(i.groupPrice)}，${r.timeLimitMinutes} 分钟内成团` : `${skuName(i.skuId)} ${formatYuan(i.groupPrice)} in a group of ${r.groupSize}, within ${r.timeLimitMinutes} min`)),
  hintReward: (amountOff) => `${formatYuan(amountOff)} off`,
  scopeFromRules: () => true,
};
