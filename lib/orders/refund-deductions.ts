import { kindOf } from "@/lib/pricing/kinds";
import type { OrderKind } from "@/lib/pricing/kinds/kind";
import { giftTier } from "@/lib/pricing/kinds/gift/apply";
import type { PromotionRules } from "@/lib/pricing/promotion-rules";

// Fair partial refunds (SPEC §6): when the lines a shopper keeps no longer reach a threshold that
// priced the order, the refund is reduced by the part of the discount the kept lines no longer
// earn; a 满赠 gift whose tier is lost is sent back (return and refund) or its value is deducted
// (refund only). Deductions are cumulative: each refund's deduction is what is due now minus
// what earlier refunds already deducted for the same discount — so a later refund that takes
// the rest gives those amounts back, and a full refund pays back everything the order paid.

/** One order line as a discount saw it. */
export type CoveredLine = {
  orderLineId: string;
  skuId: string;
  quantity: number;
  /** units still kept once this refund is done */
  kept: number;
  /** what the line was worth when the discount was measured (its base at the discount's stage) */
  atStage: number;
  /** this discount's cents on the line */
  share: number;
};

/** A promotion whose kind says what kept lines still earn (OrderKind.earnedOnKept), or a coupon's threshold. */
export type DiscountRule = { kind: "PROMOTION"; type: string; rules: unknown } | { kind: "COUPON"; threshold: number };

/** Whether a promotion of this type is re-measured on the kept lines of a partial refund. */
export const deductsOnPartialRefund = (type: string) => Boolean((kindOf(type) as OrderKind | undefined)?.earnedOnKept);

export type GiftRule = { rules: PromotionRules["GIFT"]; gifts: { orderLineId: string; skuId: string; quantity: number; returned: number; unitValue: number }[] };

export type Deduction = { key: string; kind: "PROMOTION" | "COUPON" | "GIFT"; id: string; type: string; name: string; amount: number };
export type GiftReturn = { orderLineId: string; skuId: string; quantity: number };

const keptBase = (lines: CoveredLine[]) => lines.reduce((a, l) => a + Math.floor((l.atStage * l.kept) / l.quantity), 0);
const keptUnits = (lines: CoveredLine[]) => lines.reduce((a, l) => a + l.kept, 0);
const keptShare = (lines: CoveredLine[]) => lines.reduce((a, l) => a + Math.floor((l.share * l.kept) / l.quantity), 0);

/** What the kept units would earn under the rule now (cents). */
function earnedByKept(rule: DiscountRule, lines: CoveredLine[]): number {
  const base = keptBase(lines);
  const units = keptUnits(lines);
  // a coupon still met keeps its whole share; one no longer met earns nothing
  if (rule.kind === "COUPON") return base >= rule.threshold ? Infinity : 0;
  const unitPrices = lines.flatMap((l) => Array.from({ length: l.kept }, () => Math.floor(l.atStage / l.quantity)));
  const unitSkus = lines.flatMap((l) => Array.from({ length: l.kept }, () => l.skuId));
  const earned = (kindOf(rule.type) as OrderKind | undefined)?.earnedOnKept;
  return earned ? earned(rule.rules, { base, units, unitPrices, unitSkus }) : Infinity;
}

/** The deduction due now for one threshold discount, before earlier refunds are netted off. */
export function thresholdDeduction(rule: DiscountRule, lines: CoveredLine[]): number {
  if (!lines.length || keptUnits(lines) === 0) return 0;
  return Math.max(0, keptShare(lines) - earnedByKept(rule, lines));
}

/**
 * The gifts of a 满赠 that the kept lines no longer reach: units of each gift line beyond what
 * the tier now reached gives (and not already returned). All of them when nothing is kept.
 */
export function lostGifts(rule: GiftRule, lines: CoveredLine[]): GiftReturn[] {
  const units = keptUnits(lines);
  const now = units === 0 ? [] : giftTier(rule.rules, keptBase(lines), units).gifts;
  const stillDue = new Map(now.map((g) => [g.skuId, g.quantity]));
  const out: GiftReturn[] = [];
  for (const g of rule.gifts) {
    const keep = Math.min(g.quantity, stillDue.get(g.skuId) ?? 0);
    stillDue.set(g.skuId, (stillDue.get(g.skuId) ?? 0) - keep);
    const lost = g.quantity - keep - g.returned;
    if (lost > 0) out.push({ orderLineId: g.orderLineId, skuId: g.skuId, quantity: lost });
  }
  return out;
}

/** Nets a due amount against what earlier refunds deducted under the same key (may be negative). */
export function netOf(due: number, prior: Map<string, number>, key: string) {
  return due - (prior.get(key) ?? 0);
}
