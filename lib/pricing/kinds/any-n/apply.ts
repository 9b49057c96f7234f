import { allocate } from "../../money";
import type { WorkLine } from "../../work-line";
import type { UnitCut } from "../kind";
import type { AnyNRules } from "./rules";

type Unit = { li: number; price: number; floor: number };

/**
 * N元任选: the eligible units by their current price, most expensive first, in groups of n (so the
 * shopper saves most); each full group whose units cost more than `price` is brought down to it.
 * A group's saving is split over its units in proportion to their prices (largest remainder) and
 * never takes a unit below its floor. Returns, per line, the units cut and how much (as 第N件's).
 */
export function anyN(rules: AnyNRules, lines: WorkLine[]): UnitCut[][] {
  const units: Unit[] = lines.flatMap((line, li) => line.runs.flatMap((r) => Array.from({ length: r.count }, () => ({ li, price: r.price, floor: line.floor }))));
  units.sort((a, b) => b.price - a.price || a.li - b.li);
  const perLine: Map<string, UnitCut>[] = lines.map(() => new Map());
  for (let g = 0; g + rules.n <= units.length; g += rules.n) {
    const group = units.slice(g, g + rules.n);
    const saving = group.reduce((a, u) => a + u.price, 0) - rules.price;
    if (saving <= 0) break; // later groups are cheaper still
    allocate(saving, group.map((u) => u.price)).forEach((off, i) => {
      const u = group[i];
      const cut = Math.min(off, Math.max(0, u.price - u.floor));
      if (cut <= 0) return;
      const key = `${u.price}:${cut}`;
      const m = perLine[u.li];
      const c = m.get(key);
      if (c) c.k += 1;
      else m.set(key, { price: u.price, k: 1, off: cut });
    });
  }
  return perLine.map((m) => [...m.values()]);
}

/** Units still needed for the next full group (a 凑单 hint), 0 when every group is full. */
export const anyNShortfall = (rules: AnyNRules, units: number) => (units % rules.n === 0 ? 0 : rules.n - (units % rules.n));

/** What kept units (after a partial refund) still earn: their groups of n, most expensive first. */
export function anyNOnPrices(rules: AnyNRules, prices: number[]) {
  const sorted = [...prices].sort((a, b) => b - a);
  let total = 0;
  for (let g = 0; g + rules.n <= sorted.length; g += rules.n) {
    const s = sorted.slice(g, g + rules.n).reduce((a, p) => a + p, 0) - rules.price;
    if (s <= 0) break;
    total += s;
  }
  return total;
}
