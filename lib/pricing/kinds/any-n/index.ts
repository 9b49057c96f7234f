import { formatYuan } from "../../money";
import { budgetLeft } from "../../eligibility/promotion-gate";
import type { OrderKind } from "../kind";
import { allCutsTotal, cutsWithinBudget } from "../unit-cuts";
import { anyN, anyNOnPrices, anyNShortfall } from "./apply";
import { anyNRulesSchema } from "./rules";

export const anyNKind: OrderKind<"ANY_N", typeof anyNRulesSchema> = {
  type: "ANY_N",
  stage: "order",
  rulesSchema: anyNRulesSchema,
  labels: { zh: "N元任选", en: "Any N for a price" },
  shopperRank: 6,
  measure: (rules, m) => {
    const short = anyNShortfall(rules, m.units);
    // the hint promises the group price ("再买 1 件享 3 件 ¥99"): amountOff carries it
    const hint = short > 0 ? { basis: "QUANTITY" as const, shortfall: short, amountOff: rules.price } : undefined;
    const cuts = cutsWithinBudget(anyN(rules, m.lines), budgetLeft(m.p));
    const saving = allCutsTotal(cuts);
    return saving > 0 ? { saving, cuts, hint } : { saving: 0, reason: "THRESHOLD_NOT_MET", hint };
  },
  earnedOnKept: (rules, kept) => anyNOnPrices(rules, kept.unitPrices),
  describe: (r, { locale }) => [locale === "zh" ? `任选 ${r.n} 件 ${formatYuan(r.price)}` : `Any ${r.n} for ${formatYuan(r.price)}`],
  hintReward: (price) => `the set price ${formatYuan(price)}`,
  scopeFromRules: () => false,
};
