import type { WorkLine } from "../../work-line";
import type { UnitCut } from "../kind";
import type { PresaleRules } from "./rules";

/**
 * The balance of a presale: each unit the shopper paid a deposit for (`entitled`, by SKU) is
 * `depositValue` off — most expensive runs first, never below a unit's floor. Units bought
 * without a deposit pay their price. Returns per line the units cut.
 */
export function presaleBalance(rules: PresaleRules, lines: WorkLine[], entitled: Record<string, number>): UnitCut[][] {
  const left = { ...entitled };
  return lines.map((l) => {
    const item = rules.items.find((it) => it.skuId === l.sku.id);
    if (!item) return [];
    const cuts: UnitCut[] = [];
    for (const r of [...l.runs].sort((a, b) => b.price - a.price)) {
      const k = Math.min(r.count, left[l.sku.id] ?? 0);
      if (k <= 0) break;
      left[l.sku.id] -= k;
      const off = Math.min(item.depositValue, r.price - l.floor);
      if (off > 0) cuts.push({ price: r.price, k, off });
    }
    return cuts;
  });
}

/** 到手价 of one presale unit: the balance the engine priced plus the deposit. */
export const presaleFinalPrice = (balance: number, deposit: number) => balance + deposit;
