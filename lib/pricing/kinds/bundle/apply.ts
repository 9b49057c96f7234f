import type { WorkLine } from "../../work-line";
import type { BundleRules } from "./rules";

export type BundleOutcome = { sets: number; saving: number; weights: number[]; missing: number };

/**
 * 组合价: how many complete sets the eligible lines hold (each item's units ÷ its quantity, the
 * least of them), what those sets cost now (each line's most expensive units first) and the saving
 * against `bundlePrice` per set; `weights` are, per line, the amount of its units in sets — the
 * saving is split over the set's lines by them. `missing`: units still needed for the next set.
 */
export function bundle(rules: BundleRules, lines: WorkLine[]): BundleOutcome {
  const unitsOf = (skuId: string) => lines.filter((l) => l.sku.id === skuId).reduce((a, l) => a + l.quantity, 0);
  const sets = Math.min(...rules.items.map((it) => Math.floor(unitsOf(it.skuId) / it.quantity)));
  const missing = rules.items.reduce((a, it) => a + Math.max(0, (sets + 1) * it.quantity - unitsOf(it.skuId)), 0);
  const weights = lines.map(() => 0);
  if (sets <= 0) return { sets: 0, saving: 0, weights, missing };
  for (const it of rules.items) {
    let need = sets * it.quantity;
    // the SKU's most expensive units first (a unit already discounted counts at what it costs now)
    const units = lines.flatMap((l, li) => (l.sku.id === it.skuId ? l.runs.map((r) => ({ li, price: r.price, count: r.count })) : [])).sort((a, b) => b.price - a.price);
    for (const u of units) {
      const k = Math.min(need, u.count);
      weights[u.li] += k * u.price;
      need -= k;
      if (!need) break;
    }
  }
  const setAmount = weights.reduce((a, w) => a + w, 0);
  return { sets, saving: Math.max(0, setAmount - sets * rules.bundlePrice), weights, missing };
}
