import { allocate } from "./money";
import type { UnitCut } from "./kinds/kind";
import { takeSpread, takeUnits, type WorkLine } from "./work-line";

type Entry = { kind: "PROMOTION" | "COUPON"; id: string; stage: number };

function record(line: WorkLine, amount: number, entry: Entry) {
  if (amount > 0) line.discounts.push({ ...entry, amount });
  return amount;
}

/**
 * Gives each line its amount of a discount, spread over the line's units and cut where a unit
 * would go below its floor or zero (the discount applied last is the one cut, SPEC §3). Records
 * the shares on the lines and returns what was really given.
 */
export function applyExact(lines: WorkLine[], amounts: number[], entry: Entry): number {
  let given = 0;
  lines.forEach((line, i) => (given += record(line, takeSpread(line, amounts[i]), entry)));
  return given;
}

/** Splits an order-level discount over `lines` in proportion to `weights` (their amounts at the start of the stage) by largest remainder. */
export function applyShare(lines: WorkLine[], weights: number[], total: number, entry: Entry): number {
  return applyExact(lines, allocate(total, weights), entry);
}

/** Discounts that belong to particular units (第N件): each line's cuts on its own units. */
export function applyUnitCuts(lines: WorkLine[], cuts: UnitCut[][], entry: Entry): number {
  let given = 0;
  lines.forEach((line, i) => {
    let amount = 0;
    // lowest price first: a cut lowers its units below every price still to be cut
    for (const c of [...cuts[i]].sort((a, b) => a.price - b.price)) amount += takeUnits(line, c.price, c.k, c.off, c.floor);
    given += record(line, amount, entry);
  });
  return given;
}
