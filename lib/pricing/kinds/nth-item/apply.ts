import { percentOf } from "../../money";
import type { WorkLine } from "../../work-line";
import type { UnitCut } from "../kind";
import type { NthItemRules } from "./rules";

export type { UnitCut };

/**
 * 第N件优惠: the eligible units sorted by their own current price, highest first (units of one
 * line may differ, e.g. some at an offer price), cut into groups of n; the last (cheapest) unit of
 * each full group gets percentOff (floor per unit, never below the unit's floor). Returns, per
 * line in the order of `lines`, the units cut and how much.
 */
export function nthItem(rules: NthItemRules, lines: WorkLine[]): UnitCut[][] {
  const runs = lines.flatMap((line, li) => line.runs.map((r, ri) => ({ li, ri, price: r.price, count: r.count, floor: line.floor })));
  runs.sort((a, b) => b.price - a.price || a.li - b.li || a.ri - b.ri);
  const perLine: UnitCut[][] = lines.map(() => []);
  let pos = 0;
  for (const r of runs) {
    // positions pos … pos+count-1; every n-th position (1-based) is the cheapest of a full group
    const k = Math.floor((pos + r.count) / rules.n) - Math.floor(pos / rules.n);
    pos += r.count;
    const off = Math.min(percentOf(r.price, rules.percentOff), Math.max(0, r.price - r.floor));
    if (k > 0 && off > 0) perLine[r.li].push({ price: r.price, k, off });
  }
  return perLine;
}

/**
 * Units still needed to complete the next group (for hints), or 0 when every group is complete:
 * a cart of exactly n units already has its discount, so there is nothing to hint (a hint of "n
 * more" there read as the shortfall growing when the shopper added the unit the hint asked for).
 */
export function nthItemShortfall(rules: NthItemRules, units: number) {
  return units % rules.n === 0 ? 0 : rules.n - (units % rules.n);
}
