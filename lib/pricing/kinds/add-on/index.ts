import { formatYuan } from "../../money";
import { budgetLeft } from "../../eligibility/promotion-gate";
import type { OrderKind } from "../kind";
import { allCutsTotal, cutsWithinBudget } from "../unit-cuts";
import { addOn } from "./apply";
import { addOnRulesSchema } from "./rules";

export const addOnKind: OrderKind<"ADD_ON", typeof addOnRulesSchema> = {
  type: "ADD_ON",
  stage: "order",
  rulesSchema: addOnRulesSchema,
  labels: { zh: "加价购", en: "Add-on deal" },
  shopperRank: 8,
  measure: (rules, m) => {
    const o = addOn(rules, m.lines);
    // not reached yet: "再买 ¥x 可享 满199换购…" (no amount off to promise: amountOff 0)
    if (!o.reached) return { saving: 0, reason: "THRESHOLD_NOT_MET", hint: { basis: "AMOUNT", shortfall: rules.threshold - o.base, amountOff: 0 } };
    const cuts = cutsWithinBudget(o.cuts, budgetLeft(m.p));
    const saving = allCutsTotal(cuts);
    // reached, but no add-on SKU in the cart (or none cheaper at the add-on price)
    return saving > 0 ? { saving, cuts } : { saving: 0, reason: "OUT_OF_SCOPE" };
  },
  // kept goods below the threshold: the add-on price is no longer earned
  earnedOnKept: (rules, kept) => {
    const isAddOn = (sku: string) => rules.items.some((it) => it.skuId === sku);
    const base = kept.unitPrices.reduce((a, p, i) => a + (isAddOn(kept.unitSkus[i]) ? 0 : p), 0);
    return base >= rules.threshold ? Infinity : 0;
  },
  describe: (r, { locale, skuName }) =>
    r.items.map((it) => (locale === "zh" ? `满 ${formatYuan(r.threshold)} 可 ${formatYuan(it.addOnPrice)} 换购 ${skuName(it.skuId)}${it.maxQuantity > 1 ? `（限 ${it.maxQuantity} 件）` : ""}` : `Spend ${formatYuan(r.threshold)}, add ${skuName(it.skuId)} for ${formatYuan(it.addOnPrice)}${it.maxQuantity > 1 ? ` (up to ${it.maxQuantity})` : ""}`)),
  hintReward: () => "an add-on at its add-on price",
  scopeFromRules: () => false,
  listPriceIssues: (rules, listPrice) => {
    const out: Record<string, string> = {};
    rules.items.forEach((it, i) => {
      const list = listPrice(it.skuId);
      if (list !== undefined && it.addOnPrice >= list) out[`items.${i}.addOnPrice`] = `must be below the list price (${formatYuan(list)})`;
    });
    return out;
  },
};
