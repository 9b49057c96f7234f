import { percentOf } from "../../money";
import { budgetLeft } from "../../eligibility/promotion-gate";
import type { OrderKind } from "../kind";
import { percentWords } from "../shared";
import { allCutsTotal, cutsTotal, cutsWithinBudget } from "../unit-cuts";
import { nthItem, nthItemShortfall } from "./apply";
import { nthItemRulesSchema } from "./rules";

const ordinal = (n: number) => `${n}${n % 100 >= 11 && n % 100 <= 13 ? "th" : ["th", "st", "nd", "rd"][n % 10] ?? "th"}`;

export const nthItemKind: OrderKind<"NTH_ITEM", typeof nthItemRulesSchema> = {
  type: "NTH_ITEM",
  stage: "order",
  rulesSchema: nthItemRulesSchema,
  labels: { zh: "第N件优惠", en: "Nth item offer" },
  shopperRank: 5,
  measure: (rules, m) => {
    const cuts = nthItem(rules, m.lines);
    const short = nthItemShortfall(rules, m.units);
    const hint = short > 0 ? { basis: "QUANTITY" as const, shortfall: short, amountOff: 0 } : undefined;
    if (cuts.every((c) => cutsTotal(c) <= 0)) return { saving: 0, reason: "THRESHOLD_NOT_MET", hint };
    // a budget smaller than the discount trims the last units' discounts
    const trimmed = cutsWithinBudget(cuts, budgetLeft(m.p));
    return { saving: allCutsTotal(trimmed), cuts: trimmed, hint };
  },
  // every n-th unit of the kept ones, cheapest units first
  earnedOnKept: (rules, kept) => {
    const prices = [...kept.unitPrices].sort((a, b) => a - b);
    return prices.slice(0, Math.floor(prices.length / rules.n)).reduce((a, p) => a + percentOf(p, rules.percentOff), 0);
  },
  describe: (r, { locale }) => [locale === "zh" ? `第 ${r.n} 件${r.percentOff === 100 ? "免费" : ` ${percentWords(r.percentOff, locale)}`}` : `Every ${ordinal(r.n)} item ${r.percentOff === 100 ? "free" : percentWords(r.percentOff, locale)}`],
  hintReward: () => "the next item discounted",
  scopeFromRules: () => false,
};
