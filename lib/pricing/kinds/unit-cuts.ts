import type { UnitCut } from "./kind";

// Discounts that belong to particular units (第N件, N元任选, 加价购): totals and the budget trim they share.

/** What one line's cuts take off. */
export const cutsTotal = (cuts: UnitCut[]) => cuts.reduce((a, c) => a + c.k * c.off, 0);
/** What every line's cuts take off. */
export const allCutsTotal = (cuts: UnitCut[][]) => cuts.reduce((a, c) => a + cutsTotal(c), 0);

/** Trims per-unit cuts to a budget: whole units first (in line order), then part of one. */
export function cutsWithinBudget(cuts: UnitCut[][], budget: number): UnitCut[][] {
  let room = budget;
  return cuts.map((lineCuts) =>
    lineCuts.flatMap((c) => {
      const k = Math.min(c.k, Math.floor(room / c.off));
      room -= k * c.off;
      const out: UnitCut[] = k > 0 ? [{ ...c, k }] : [];
      if (k < c.k && room > 0) {
        const part = Math.min(c.off, room);
        out.push({ price: c.price, k: 1, off: part });
        room -= part;
      }
      return out;
    }),
  );
}
