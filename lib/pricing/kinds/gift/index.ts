import { budgetLeft, stockLeft } from "../../eligibility/promotion-gate";
import type { Gift, OrderKind } from "../kind";
import { thresholdWords } from "../shared";
import { giftShortfall, giftTier } from "./apply";
import { giftRulesSchema } from "./rules";

export const giftKind: OrderKind<"GIFT", typeof giftRulesSchema> = {
  type: "GIFT",
  stage: "order",
  rulesSchema: giftRulesSchema,
  labels: { zh: "满赠", en: "Free gift" },
  shopperRank: 6,
  measure: (rules, m) => {
    const { gifts, next } = giftTier(rules, m.base, m.units);
    const value = (g: Gift[]) => g.reduce((a, x) => a + (m.input.skus[x.skuId]?.price ?? 0) * x.quantity, 0);
    const hint = next ? { basis: rules.basis, shortfall: next.threshold - (rules.basis === "QUANTITY" ? m.units : m.base), amountOff: value(next.gifts) } : undefined;
    if (!gifts.length) return { saving: 0, reason: "THRESHOLD_NOT_MET", hint };
    const giftUnits = gifts.reduce((a, g) => a + g.quantity, 0);
    if (giftUnits > stockLeft(m.p)) return { saving: 0, reason: "STOCK_OUT", hint };
    const short = giftShortfall(gifts, m.input, m.giftLines);
    if (short) return { saving: 0, reason: short, hint };
    // budgets cap every kind: a gift worth more than the budget left is not given
    if (value(gifts) > budgetLeft(m.p)) return { saving: 0, reason: "BUDGET_OUT", hint };
    return { saving: value(gifts), gifts, hint };
  },
  describe: (r, { locale, skuName }) =>
    r.tiers.map((t) => {
      const zh = locale === "zh";
      const gifts = t.gifts.map((g) => `${skuName(g.skuId)} × ${g.quantity}`).join(zh ? "、" : ", ");
      return zh ? `满 ${thresholdWords(r.basis, t.threshold, locale)} 赠 ${gifts}` : `Spend ${thresholdWords(r.basis, t.threshold, locale)}, get ${gifts} free`;
    }),
  hintReward: () => "a free gift",
  scopeFromRules: () => false,
};
