import { toZonedInput, PLATFORM_TIME_ZONE } from "@/lib/time/zone";
import { TZDate } from "@date-fns/tz";

/**
 * How orders earn (SPEC §10): 1 point per ¥N of goods payable (shipping excluded), at most a cap
 * per order; growth 1 per ¥N without a cap. Points expire at the end of the calendar year N years
 * on, in the platform's zone (N = 1: the end of next year). All configurable (PointsRule). Refunds reverse both in proportion to the amount refunded.
 */
export type PointsRuleValues = { centsPerPoint: number; capPerOrder: number; centsPerGrowth: number; expiryYears: number };
/** the defaults; the platform's PointsRule row overrides them (staff set it in /admin/members) */
export const POINTS_RULE: PointsRuleValues = { centsPerPoint: 100, capPerOrder: 10_000, centsPerGrowth: 100, expiryYears: 1 };

export function orderEarnings(goodsPayable: number, rule: PointsRuleValues = POINTS_RULE) {
  return {
    points: Math.min(rule.capPerOrder, Math.floor(Math.max(0, goodsPayable) / rule.centsPerPoint)),
    growth: Math.floor(Math.max(0, goodsPayable) / rule.centsPerGrowth),
  };
}

/** The end of the calendar year `expiryYears` after the year earned (platform zone): 1 → the end of next year. */
export function pointsExpiry(earnedAt: Date, rule: PointsRuleValues = POINTS_RULE) {
  const year = Number(toZonedInput(earnedAt, PLATFORM_TIME_ZONE).slice(0, 4));
  return new Date(new TZDate(year + 1 + rule.expiryYears, 0, 1, 0, 0, 0, PLATFORM_TIME_ZONE).getTime() - 1);
}

/**
 * What a refund takes back of what an order earned: the cumulative share of everything refunded so
 * far, minus what earlier refunds already took (so the parts add up to all of it on a full refund).
 */
export function reversalFor(earned: number, paidTotal: number, refundedBefore: number, refundedNow: number, reversedBefore: number) {
  if (earned <= 0 || paidTotal <= 0) return 0;
  const cumulative = Math.min(paidTotal, refundedBefore + refundedNow);
  const due = cumulative >= paidTotal ? earned : Math.floor((earned * cumulative) / paidTotal);
  return Math.max(0, due - reversedBefore);
}
