import { percentOf } from "../money";
import type { PromotionRules } from "../promotion-rules";
import { unitPrices, type WorkLine } from "../work-line";

/**
 * 第N件优惠: the eligible units sorted by current unit price, highest first, cut into groups of n;
 * the last (cheapest) unit of each full group gets percentOff (floor per unit, never below the
 * unit's floor). Returns the discount per line, in the order of `lines`.
 */
export function nthItem(rules: PromotionRules["NTH_ITEM"], lines: WorkLine[]): number[] {
  const units = lines.flatMap((line, li) => {
    const floor = line.sku.floorPrice ?? 0;
    return unitPrices(line.amount, line.quantity).map((price) => ({ li, price, floor }));
  });
  units.sort((a, b) => b.price - a.price || a.li - b.li);
  const perLine = lines.map(() => 0);
  for (let k = rules.n - 1; k < units.length; k += rules.n) {
    const u = units[k];
    perLine[u.li] += Math.min(percentOf(u.price, rules.percentOff), Math.max(0, u.price - u.floor));
  }
  return perLine;
}

/** Units still needed to complete the next group (for hints). */
export function nthItemShortfall(rules: PromotionRules["NTH_ITEM"], units: number) {
  return rules.n - (units % rules.n);
}
