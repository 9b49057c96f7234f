import type { ReasonCode } from "../price-result";

/** A promotion or coupon is live when start ≤ now < end. */
export function timingReason(startsAt: Date, endsAt: Date, now: Date): ReasonCode | null {
  if (now.getTime() < startsAt.getTime()) return "NOT_STARTED";
  if (now.getTime() >= endsAt.getTime()) return "EXPIRED";
  return null;
}
