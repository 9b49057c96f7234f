import { formatYuan } from "../../money";
import { budgetLeft } from "../../eligibility/promotion-gate";
import type { OrderKind } from "../kind";
import { bundle } from "./apply";
import { bundleRulesSchema } from "./rules";

export const bundleKind: OrderKind<"BUNDLE", typeof bundleRulesSchema> = {
  type: "BUNDLE",
  stage: "order",
  rulesSchema: bundleRulesSchema,
  labels: { zh: "组合价", en: "Bundle price" },
  shopperRank: 7,
  measure: (rules, m) => {
    const o = bundle(rules, m.lines);
    // a set started but not complete: the hint says how many units complete it
    const started = rules.items.some((it) => m.lines.some((l) => l.sku.id === it.skuId));
    const hint = started && o.missing > 0 ? { basis: "QUANTITY" as const, shortfall: o.missing, amountOff: rules.bundlePrice } : undefined;
    // a set in the cart: the bundle applies (no hint towards the next set)
    return o.saving > 0 ? { saving: Math.min(o.saving, budgetLeft(m.p)), weights: o.weights } : { saving: 0, reason: "THRESHOLD_NOT_MET", hint };
  },
  // the complete sets the kept units still make, at the prices they were measured at
  earnedOnKept: (rules, kept) => {
    const sets = Math.min(...rules.items.map((it) => Math.floor(kept.unitSkus.filter((s) => s === it.skuId).length / it.quantity)));
    if (sets <= 0) return 0;
    let amount = 0;
    for (const it of rules.items) {
      const prices = kept.unitPrices.filter((_, i) => kept.unitSkus[i] === it.skuId).sort((a, b) => b - a);
      amount += prices.slice(0, sets * it.quantity).reduce((a, p) => a + p, 0);
    }
    return Math.max(0, amount - sets * rules.bundlePrice);
  },
  describe: (r, { locale, skuName }) => {
    const set = r.items.map((it) => `${skuName(it.skuId)}${it.quantity > 1 ? ` × ${it.quantity}` : ""}`).join(" + ");
    return [locale === "zh" ? `${set} 组合价 ${formatYuan(r.bundlePrice)}` : `${set} together for ${formatYuan(r.bundlePrice)}`];
  },
  hintReward: (price) => `the bundle price ${formatYuan(price)}`,
  // the rules name the SKUs: they are the scope
  scopeFromRules: () => true,
  listPriceIssues: (rules, listPrice): Record<string, string> => {
    const list = rules.items.reduce((a, it) => a + (listPrice(it.skuId) ?? 0) * it.quantity, 0);
    return rules.items.every((it) => listPrice(it.skuId) !== undefined) && rules.bundlePrice >= list ? { bundlePrice: `must be below the set's list price (${formatYuan(list)})` } : {};
  },
};
