import type { WorkLine } from "../../work-line";
import type { UnitCut } from "../kind";
import type { PresaleRules } from "./rules";

/**
 * The balance of a presale: each unit the shopper paid a deposit for (`entitled`, by SKU) is
 * `depositValue` off — most expensive runs first; a unit's floor counts the deposit paid for it (the
 * shop gets balance + deposit, so the balance may go below the floor by the deposit). Units bought
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
      // the margin floor holds for what the shop gets for the unit — the balance plus the deposit
      const floor = Math.max(0, l.floor - item.deposit);
      const off = Math.min(item.depositValue, r.price - floor);
      if (off > 0) cuts.push({ price: r.price, k, off, floor });
    }
    return cuts;
  });
}

/** 到手价 of one presale unit: the balance the engine priced plus the deposit. */
export const presaleFinalPrice = (balance: number, deposit: number) => balance + deposit;
