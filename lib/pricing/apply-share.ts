import { allocate } from "./money";
import type { WorkLine } from "./work-line";
import { headroom } from "./work-line";

type Entry = { kind: "PROMOTION" | "COUPON"; id: string; stage: number };

/**
 * Gives each line its amount of a discount, cut where the line would go below its floor or zero
 * (the discount applied last is the one cut, SPEC §3). Records the shares on the lines and
 * returns what was really given.
 */
export function applyExact(lines: WorkLine[], amounts: number[], entry: Entry): number {
  let given = 0;
  lines.forEach((line, i) => {
    const amount = Math.min(amounts[i], headroom(line));
    if (amount <= 0) return;
    line.amount -= amount;
    line.discounts.push({ ...entry, amount });
    given += amount;
  });
  return given;
}

/** Splits an order-level discount over `lines` in proportion to `weights` (their amounts at the start of the stage) by largest remainder. */
export function applyShare(lines: WorkLine[], weights: number[], total: number, entry: Entry): number {
  return applyExact(lines, allocate(total, weights), entry);
}
