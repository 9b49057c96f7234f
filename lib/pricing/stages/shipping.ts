import { budgetLeft, byId, promotionGate } from "../eligibility/promotion-gate";
import { inScope } from "../eligibility/scope";
import type { Applied, Hint, NotApplied, ReasonCode, ShopShipping } from "../price-result";
import type { CandidateCoupon, CandidatePromotion, PricingInput } from "../pricing-input";
import type { PromotionRules } from "../promotion-rules";
import type { WorkLine } from "../work-line";
import { hintFor } from "./hints";

export type ShippingOut = { shipping: ShopShipping[]; applied: Applied[]; notApplied: NotApplied[]; hints: Hint[]; couponReason: ReasonCode | null };

type ShopPlan = { shopId: string; name: string; fee: number; freeFrom: number | null; lineIdx: number[]; promos: { p: CandidatePromotion<"SHIPPING">; rules: PromotionRules["SHIPPING"] }[] };
/** What stage 6 needs that does not change with the coupons chosen: computed once per cart. */
export type ShippingPlan = { shops: ShopPlan[]; promos: CandidatePromotion<"SHIPPING">[]; staticReasons: Map<string, ReasonCode> };

export function planShipping(lines: WorkLine[], input: PricingInput, now: Date): ShippingPlan {
  const promos = input.promotions.filter((p) => p.type === "SHIPPING").sort(byId) as CandidatePromotion<"SHIPPING">[];
  const staticReasons = new Map<string, ReasonCode>();
  const live = promos.filter((p) => {
    const gate = promotionGate(p, input, now);
    if (gate) staticReasons.set(p.id, gate);
    return !gate;
  });
  const shopIds = [...new Set(lines.filter((l) => !l.gift).map((l) => l.sku.shopId))].sort();
  const shops = shopIds.map((shopId) => {
    const lineIdx = lines.flatMap((l, i) => (!l.gift && l.sku.shopId === shopId ? [i] : []));
    const shop = input.shops[shopId];
    return {
      shopId,
      name: shop?.name ?? shopId,
      fee: shop?.shippingFee ?? 0,
      freeFrom: shop?.freeShippingThreshold ?? null,
      lineIdx,
      promos: live.filter((p) => (!p.shopId || p.shopId === shopId) && lineIdx.some((i) => inScope(p.scope, lines[i].sku, p.shopId, p.withdrawnSkuIds))).map((p) => ({ p, rules: p.rules as PromotionRules["SHIPPING"] })),
    };
  });
  return { shops, promos, staticReasons };
}

/**
 * Stage 6: each shop in the cart charges its fee once. The fee is waived when the shop's goods
 * payable (after stages 1–5) reaches its free-shipping threshold; SHIPPING promotions test the
 * same amount (the best one per shop applies); a shipping coupon then reduces what is left.
 * The discount never exceeds the fee.
 */
export function applyShipping(amounts: number[], plan: ShippingPlan, coupon: CandidateCoupon | null, collect: boolean): ShippingOut {
  const out: ShippingOut = { shipping: [], applied: [], notApplied: [], hints: [], couponReason: null };
  const used = new Set<string>();
  const reasons = new Map<string, ReasonCode>();
  let couponLeft = coupon ? (coupon.amountOff ?? 0) : 0;
  let couponUsed = false;
  let couponThresholdMet = false;
  let goodsTotal = 0;
  for (const sp of plan.shops) for (const i of sp.lineIdx) goodsTotal += amounts[i];

  for (const sp of plan.shops) {
    let payable = 0;
    for (const i of sp.lineIdx) payable += amounts[i];
    const s: ShopShipping = { shopId: sp.shopId, fee: sp.fee, discount: 0, by: [] };
    if (sp.fee > 0 && sp.freeFrom !== null && payable >= sp.freeFrom) {
      s.discount = sp.fee;
      s.by.push({ kind: "SHOP", id: sp.shopId, amount: sp.fee });
    }
    let best: { p: CandidatePromotion<"SHIPPING">; off: number } | null = null;
    for (const { p, rules } of sp.promos) {
      if (payable < rules.threshold) {
        if (!reasons.has(p.id)) reasons.set(p.id, "THRESHOLD_NOT_MET");
        if (collect && sp.fee - s.discount > 0) out.hints.push(hintFor(p, "AMOUNT", rules.threshold - payable, rules.free ? sp.fee : Math.min(rules.amountOff ?? 0, sp.fee)));
        continue;
      }
      const off = Math.min(rules.free ? sp.fee : (rules.amountOff ?? 0), sp.fee - s.discount, budgetLeft(p));
      if (!best || off > best.off) best = { p, off };
      reasons.set(p.id, "NOT_STACKABLE");
    }
    if (best && best.off > 0) {
      s.discount += best.off;
      s.by.push({ kind: "PROMOTION", id: best.p.id, amount: best.off });
      used.add(best.p.id);
      if (collect) {
        const prior = out.applied.find((a) => a.id === best!.p.id);
        if (prior) prior.amount += best.off;
        else out.applied.push({ kind: "PROMOTION", id: best.p.id, type: "SHIPPING", name: best.p.name, amount: best.off, shopId: best.p.shopId, stage: 6 });
      }
    }
    if (coupon && couponLeft > 0 && (coupon.shopId === null || coupon.shopId === sp.shopId) && sp.fee - s.discount > 0) {
      if ((coupon.shopId ? payable : goodsTotal) >= coupon.threshold) {
        couponThresholdMet = true;
        const off = Math.min(couponLeft, sp.fee - s.discount);
        s.discount += off;
        couponLeft -= off;
        couponUsed = true;
        s.by.push({ kind: "COUPON", id: coupon.id, amount: off });
      }
    }
    out.shipping.push(s);
  }
  // a shipping coupon that reduces nothing is not "used": auto-select never picks it
  if (coupon && !couponUsed)
    out.couponReason = !plan.shops.some((s) => coupon.shopId === null || coupon.shopId === s.shopId) ? "OUT_OF_SCOPE" : couponThresholdMet || out.shipping.every((s) => s.fee === s.discount) ? "NOT_STACKABLE" : "THRESHOLD_NOT_MET";
  if (collect) {
    for (const p of plan.promos) if (!used.has(p.id)) out.notApplied.push({ kind: "PROMOTION", id: p.id, reason: plan.staticReasons.get(p.id) ?? reasons.get(p.id) ?? "OUT_OF_SCOPE" });
    for (const s of out.shipping) {
      const waived = s.by.find((b) => b.kind === "SHOP");
      if (waived) out.applied.push({ kind: "SHOP", id: s.shopId, type: "FREE_SHIPPING", name: plan.shops.find((x) => x.shopId === s.shopId)!.name, amount: waived.amount, shopId: s.shopId, stage: 6 });
    }
  }
  return out;
}
