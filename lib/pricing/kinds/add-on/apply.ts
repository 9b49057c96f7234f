import type { WorkLine } from "../../work-line";
import type { UnitCut } from "../kind";
import type { AddOnRules } from "./rules";

export type AddOnOutcome = { base: number; reached: boolean; cuts: UnitCut[][] };

/**
 * 加价购: the threshold is measured on the eligible goods other than the add-on SKUs; once it is
 * reached, up to `maxQuantity` units of each add-on SKU in the cart (most expensive first) cost
 * `addOnPrice` (never below a unit's floor). Returns per line the units cut.
 */
export function addOn(rules: AddOnRules, lines: WorkLine[]): AddOnOutcome {
  const isAddOn = (l: WorkLine) => rules.items.some((it) => it.skuId === l.sku.id);
  const base = lines.filter((l) => !isAddOn(l)).reduce((a, l) => a + l.amount, 0);
  const reached = base >= rules.threshold;
  const cuts: UnitCut[][] = lines.map(() => []);
  if (!reached) return { base, reached, cuts };
  for (const it of rules.items) {
    let left = it.maxQuantity;
    const runs = lines.flatMap((l, li) => (l.sku.id === it.skuId ? l.runs.map((r) => ({ li, price: r.price, count: r.count, floor: l.floor })) : [])).sort((a, b) => b.price - a.price);
    for (const r of runs) {
      if (!left) break;
      const off = r.price - Math.max(it.addOnPrice, r.floor);
      const k = Math.min(left, r.count);
      left -= k;
      if (off > 0) cuts[r.li].push({ price: r.price, k, off });
    }
  }
  return { base, reached, cuts };
}
