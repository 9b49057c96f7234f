import type { ReasonCode } from "../price-result";
import type { CandidatePromotion, PricingInput } from "../pricing-input";
import { inAudience } from "./audience";
import { timingReason } from "./timing";

/** Checks that do not depend on the cart's lines: time, audience, per-user limit, stock, budget. */
export function promotionGate(p: CandidatePromotion, input: PricingInput, now: Date): ReasonCode | null {
  const timing = timingReason(p.startsAt, p.endsAt, now);
  if (timing) return timing;
  if (!inAudience(p.audience, input.shopper, input.region, input.channel)) return "AUDIENCE";
  if (p.limits.perUser !== undefined && p.usage.userOrders >= p.limits.perUser) return "LIMIT_REACHED";
  if (p.limits.perUserUnits !== undefined && p.usage.userUnits >= p.limits.perUserUnits) return "LIMIT_REACHED";
  if (p.limits.totalStock !== undefined && p.usage.stockUsed >= p.limits.totalStock) return "STOCK_OUT";
  if (p.limits.budget !== undefined && p.usage.budgetUsed >= p.limits.budget) return "BUDGET_OUT";
  return null;
}

export const budgetLeft = (p: CandidatePromotion) => (p.limits.budget === undefined ? Infinity : Math.max(0, p.limits.budget - p.usage.budgetUsed));
export const stockLeft = (p: CandidatePromotion) => (p.limits.totalStock === undefined ? Infinity : Math.max(0, p.limits.totalStock - p.usage.stockUsed));
export const userUnitsLeft = (p: CandidatePromotion) => (p.limits.perUserUnits === undefined ? Infinity : Math.max(0, p.limits.perUserUnits - p.usage.userUnits));

/** Canonical order so that the result never depends on the order candidates were given in. */
export const byId = <T extends { id: string }>(a: T, b: T) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
