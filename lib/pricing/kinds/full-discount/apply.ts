import { percentOf } from "../../money";
import { reachedTier, type OrderOutcome } from "../shared";
import type { FullDiscountRules } from "./rules";

/** 满折: floor(base × percentOff / 100) for the highest reached tier. */
export function fullDiscount(rules: FullDiscountRules, base: number, units: number): OrderOutcome {
  const value = rules.basis === "QUANTITY" ? units : base;
  const i = reachedTier(rules.tiers, value);
  const nextTier = rules.tiers[i + 1];
  // the hint's amount: what the next tier would give once reached (on the amount at its threshold)
  const next = nextTier
    ? { threshold: nextTier.threshold, amountOff: percentOf(rules.basis === "AMOUNT" ? nextTier.threshold : base, nextTier.percentOff) }
    : null;
  return { discount: i < 0 ? 0 : percentOf(base, rules.tiers[i].percentOff), next };
}
