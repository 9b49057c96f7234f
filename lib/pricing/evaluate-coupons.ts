import type { ReasonCode } from "./price-result";
import type { CandidateCoupon, PricingInput } from "./pricing-input";
import { applyGoodsCoupon, couponLines, type CouponState } from "./stages/coupons";
import { applyShipping, planShipping, type ShippingOut, type ShippingPlan } from "./stages/shipping";
import { cloneLine, type WorkLine } from "./work-line";

export type Combo = { shop: CandidateCoupon[]; platform: CandidateCoupon | null; shipping: CandidateCoupon | null };
/** `lines` is filled only when the evaluation collects (the final one); searches need totals only. */
export type Evaluation = { lines: WorkLine[]; total: number; amounts: Map<string, number>; failures: { id: string; reason: ReasonCode }[]; ship: ShippingOut };

export const comboCoupons = (c: Combo) => [...c.shop, ...(c.platform ? [c.platform] : []), ...(c.shipping ? [c.shipping] : [])];

/** What stages 4–6 need that does not depend on the coupons chosen (built once per cart). */
export type CouponStageContext = { base: WorkLine[]; shipping: ShippingPlan; eligible: Map<string, number[] | ReasonCode> };

export function couponStageContext(base: WorkLine[], input: PricingInput, now: Date): CouponStageContext {
  // a template's coupons share their lines: compute once per template
  const byTemplate = new Map<string, number[] | ReasonCode>();
  const eligible = new Map<string, number[] | ReasonCode>();
  for (const c of input.coupons) {
    let lines = byTemplate.get(c.templateId);
    if (lines === undefined) byTemplate.set(c.templateId, (lines = couponLines(c, base)));
    eligible.set(c.id, lines);
  }
  return { base, shipping: planShipping(base, input, now), eligible };
}

/** Stages 4–6 for one choice of coupons, on the amounts left by stages 1–3. */
export function evaluateCoupons(ctx: CouponStageContext, combo: Combo, collect: boolean): Evaluation {
  const base = ctx.base;
  const st: CouponState = { amounts: base.map((l) => l.amount), runs: base.map((l) => l.runs), records: collect ? [] : null };
  const amounts = new Map<string, number>();
  const failures: { id: string; reason: ReasonCode }[] = [];
  const shopCoupons = combo.shop.length > 1 ? [...combo.shop].sort((a, b) => (a.shopId! < b.shopId! ? -1 : 1)) : combo.shop;
  const goods: [CandidateCoupon, 4 | 5][] = shopCoupons.map((c) => [c, 4]);
  if (combo.platform) goods.push([combo.platform, 5]);
  for (const [c, stage] of goods) {
    const r = applyGoodsCoupon(c, base, st, ctx.eligible.get(c.id) ?? "NOT_FOUND", stage);
    if ("reason" in r) failures.push({ id: c.id, reason: r.reason });
    else if (r.amount <= 0) failures.push({ id: c.id, reason: "NOT_STACKABLE" });
    else amounts.set(c.id, r.amount);
  }
  const ship = applyShipping(st.amounts, ctx.shipping, combo.shipping, collect);
  if (combo.shipping) {
    if (ship.couponReason) failures.push({ id: combo.shipping.id, reason: ship.couponReason });
    else amounts.set(combo.shipping.id, ship.shipping.reduce((a, s) => a + s.by.filter((b) => b.id === combo.shipping!.id).reduce((x, b) => x + b.amount, 0), 0));
  }
  let total = 0;
  for (const a of st.amounts) total += a;
  for (const s of ship.shipping) total += s.fee - s.discount;
  const lines = collect ? base.map(cloneLine) : [];
  if (collect) {
    for (const r of st.records!) lines[r.line].discounts.push({ kind: "COUPON", id: r.id, amount: r.amount, stage: r.stage });
    lines.forEach((l, i) => {
      l.amount = st.amounts[i];
      l.runs = st.runs[i];
    });
  }
  return { lines, total, amounts, failures, ship };
}
