import { inAudience } from "../eligibility/audience";
import { inScope } from "../eligibility/scope";
import { timingReason } from "../eligibility/timing";
import { allocate, percentOf } from "../money";
import type { ReasonCode } from "../price-result";
import type { CandidateCoupon, PricingInput } from "../pricing-input";
import { runsTotal, spreadTake, takeFromUnits, topPrice, type Run } from "../unit-runs";
import type { WorkLine } from "../work-line";

/** Reasons a coupon cannot be used that do not depend on the cart. */
export function couponGate(c: CandidateCoupon, input: PricingInput, now: Date): ReasonCode | null {
  if (c.state === "EXPIRED") return "EXPIRED";
  if (c.state !== "UNUSED") return "NOT_FOUND";
  const timing = timingReason(c.validFrom, c.validTo, now);
  if (timing) return timing;
  if (!inAudience(c.audience, input.shopper, input.region, input.channel)) return "AUDIENCE";
  if (c.budgetLeft !== null && c.budgetLeft <= 0) return "BUDGET_OUT";
  return null;
}

/**
 * The indexes of the lines a goods coupon may discount, or why none. Depends only on the state
 * after stage 3, so it is computed once per cart and coupon.
 */
export function couponLines(c: CandidateCoupon, lines: WorkLine[]): number[] | ReasonCode {
  const scoped = lines.flatMap((l, i) => (!l.gift && inScope(c.scope, l.sku, c.shopId) ? [i] : []));
  if (!scoped.length) return "OUT_OF_SCOPE";
  // stacksWithPromotions: false → only lines that got nothing in stages 1–3
  const eligible = scoped.filter((i) => !lines[i].blockCoupons && (c.stacksWithPromotions || !lines[i].promoted));
  if (c.kind === "EXCHANGE" && !eligible.some((i) => lines[i].sku.id === c.exchangeSkuId)) return scoped.some((i) => lines[i].sku.id === c.exchangeSkuId) ? "NOT_STACKABLE" : "OUT_OF_SCOPE";
  return eligible.length ? eligible : "NOT_STACKABLE";
}

/** Stages 4–6 work on plain per-line amounts (cheap to copy while searching coupon choices). */
export type CouponState = { amounts: number[]; runs: Run[][]; records: { line: number; id: string; amount: number; stage: number }[] | null };

function record(st: CouponState, i: number, r: { runs: Run[]; taken: number }, id: string, stage: number): number {
  if (r.taken <= 0) return 0;
  st.runs[i] = r.runs;
  st.amounts[i] = runsTotal(r.runs);
  st.records?.push({ line: i, id, amount: r.taken, stage });
  return r.taken;
}

/** A coupon's share of a line, spread over its units; never below a unit's floor or zero. */
const give = (base: WorkLine[], st: CouponState, i: number, want: number, id: string, stage: number) => record(st, i, spreadTake(st.runs[i], base[i].floor, want), id, stage);

/**
 * Applies one goods coupon (stage 4 shop coupon, stage 5 platform coupon) on the amounts left so
 * far, split over its lines by largest remainder. Returns the amount given, or why it could not
 * be used.
 */
export function applyGoodsCoupon(c: CandidateCoupon, base: WorkLine[], st: CouponState, eligible: number[] | ReasonCode, stage: 4 | 5): { amount: number } | { reason: ReasonCode } {
  if (typeof eligible === "string") return { reason: eligible };
  const weights = eligible.map((i) => st.amounts[i]);
  let sum = 0;
  for (const w of weights) sum += w;
  if (sum < c.threshold) return { reason: "THRESHOLD_NOT_MET" };
  const cap = c.budgetLeft ?? Infinity;
  if (c.kind === "EXCHANGE") {
    // 兑换券: one unit of the named SKU becomes free (its highest current unit price)
    const i = eligible.find((k) => base[k].sku.id === c.exchangeSkuId && st.amounts[k] > 0);
    if (i === undefined) return { amount: 0 };
    const top = topPrice(st.runs[i]);
    return { amount: record(st, i, takeFromUnits(st.runs[i], top, 1, Math.min(top, cap), base[i].floor), c.id, stage) };
  }
  const raw = c.kind === "PERCENT_OFF" ? Math.min(percentOf(sum, c.percentOff ?? 0), c.maxOff ?? Infinity) : (c.amountOff ?? 0);
  const parts = allocate(Math.min(raw, sum, cap), weights);
  let given = 0;
  eligible.forEach((i, k) => (given += give(base, st, i, parts[k], c.id, stage)));
  return { amount: given };
}
