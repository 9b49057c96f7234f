// The units of a line and what each still costs. Units of one line can carry different prices
// (some at an item offer, the rest at list price, SPEC §5 clarifications), so a line keeps its
// units as runs of equal price, in unit order. Runs are never mutated: every change returns new
// runs, so the coupon search can share them between the combinations it tries.

export type Run = { readonly price: number; readonly count: number };

export const runsTotal = (runs: readonly Run[]) => runs.reduce((a, r) => a + r.price * r.count, 0);

export const runsUnits = (runs: readonly Run[]) => runs.reduce((a, r) => a + r.count, 0);

/** What the units can still give before any reaches `floor` (per unit). */
export const runsHeadroom = (runs: readonly Run[], floor: number) => runs.reduce((a, r) => a + r.count * Math.max(0, r.price - floor), 0);

function push(out: Run[], price: number, count: number) {
  if (count <= 0) return;
  const last = out[out.length - 1];
  if (last && last.price === price) out[out.length - 1] = { price, count: last.count + count };
  else out.push({ price, count });
}

/** Runs for `quantity` units of which the first `offerUnits` cost `offerPrice`, the rest `price`. */
export function initialRuns(price: number, quantity: number, offerUnits = 0, offerPrice = price): Run[] {
  const out: Run[] = [];
  push(out, offerPrice, offerUnits);
  push(out, price, quantity - offerUnits);
  return out;
}

/**
 * A stage's share of a line spread over its units evenly: ⌊want/q⌋ each, the remainder one cent
 * at a time to the first units; each unit's part is cut where the unit would go below `floor`
 * (the cut part is not moved to other units). Returns the new runs and what was really taken.
 */
export function spreadTake(runs: readonly Run[], floor: number, want: number): { runs: Run[]; taken: number } {
  const q = runsUnits(runs);
  if (want <= 0 || q === 0) return { runs: runs as Run[], taken: 0 };
  const each = Math.floor(want / q);
  let extra = want - each * q; // the first `extra` units take one cent more
  const out: Run[] = [];
  let taken = 0;
  for (const r of runs) {
    const plus = Math.min(extra, r.count);
    extra -= plus;
    for (const [n, share] of [[plus, each + 1], [r.count - plus, each]] as const) {
      if (n <= 0) continue;
      const t = Math.min(share, Math.max(0, r.price - floor));
      push(out, r.price - t, n);
      taken += t * n;
    }
  }
  return { runs: out, taken };
}

/**
 * Takes up to `off` from each of `k` units priced `price` (the last such units of the line),
 * cut at `floor`. Used where a discount belongs to particular units (第N件, 兑换券).
 */
export function takeFromUnits(runs: readonly Run[], price: number, k: number, off: number, floor: number): { runs: Run[]; taken: number } {
  const t = Math.min(off, Math.max(0, price - floor));
  if (k <= 0 || t <= 0) return { runs: runs as Run[], taken: 0 };
  const out: Run[] = [];
  let left = k;
  // walk from the end so the discounted units are the last of their price
  const rev: Run[] = [];
  for (let i = runs.length - 1; i >= 0; i--) {
    const r = runs[i];
    if (r.price !== price || left === 0) {
      rev.push(r);
      continue;
    }
    const n = Math.min(left, r.count);
    left -= n;
    rev.push({ price: price - t, count: n });
    if (r.count - n > 0) rev.push({ price, count: r.count - n });
  }
  for (let i = rev.length - 1; i >= 0; i--) push(out, rev[i].price, rev[i].count);
  return { runs: out, taken: t * (k - left) };
}

/** The highest current unit price of a line (0 when it has no units). */
export const topPrice = (runs: readonly Run[]) => runs.reduce((m, r) => (r.count > 0 && r.price > m ? r.price : m), 0);
