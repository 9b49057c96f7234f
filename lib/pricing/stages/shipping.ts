import { budgetLeft, byId, promotionGate } from "../eligibility/promotion-gate";
import { inScope } from "../eligibility/scope";
import { allocate } from "../money";
import type { Applied, Hint, NotApplied, ReasonCode, ShopShipping } from "../price-result";
import type { CandidateCoupon, CandidatePromotion, PricingInput } from "../pricing-input";
import type { PromotionRules } from "../promotion-rules";
import { kindsIn } from "../kinds";
import type { WorkLine } from "../work-line";
import { hintFor } from "./hints";

export type ShippingOut = { shipping: ShopShipping[]; applied: Applied[]; notApplied: NotApplied[]; hints: Hint[]; couponReason: ReasonCode | null };

const SHIPPING_TYPES = new Set<string>(kindsIn("shipping"));

type ShopPlan = { shopId: string; name: string; fee: number; freeFrom: number | null; lineIdx: number[]; promos: { p: CandidatePromotion<"SHIPPING">; rules: PromotionRules["SHIPPING"] }[] };
/** What stage 6 needs that does not change with the coupons chosen: computed once per cart. */
export type ShippingPlan = { shops: ShopPlan[]; promos: CandidatePromotion<"SHIPPING">[]; staticReasons: Map<string, ReasonCode> };

export function planShipping(lines: WorkLine[], input: PricingInput, now: Date): ShippingPlan {
  const promos = input.promotions.filter((p) => SHIPPING_TYPES.has(p.type)).sort(byId) as CandidatePromotion<"SHIPPING">[];
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
      // a member level with free shipping: every amount reaches the threshold
      freeFrom: input.shopper.freeShipping ? 0 : (shop?.freeShippingThreshold ?? null),
      lineIdx,
      promos: live.filter((p) => (!p.shopId || p.shopId === shopId) && lineIdx.some((i) => inScope(p.scope, lines[i].sku, p.shopId, p.withdrawnSkuIds))).map((p) => ({ p, rules: p.rules as PromotionRules["SHIPPING"] })),
    };
  });
  return { shops, promos, staticReasons };
}

/**
 * Stage 6: each shop in the cart charges its fee once. The fee is waived when the shop's goods
 * payable (after stages 1–5) reaches its free-shipping threshold; SHIPPING promotions test the
 * same amount (the best one per shop applies; a platform promotion's budget is one budget over
 * all shops); then one shipping coupon: a shop's covers that shop's fee and tests its goods
 * payable, a platform one tests the goods payable of all shops and is split over their fees left
 * in proportion. Coupons respect their template's budget left. The discount never exceeds the fee.
 */
export function applyShipping(amounts: number[], plan: ShippingPlan, coupon: CandidateCoupon | null, collect: boolean): ShippingOut {
  const out: ShippingOut = { shipping: [], applied: [], notApplied: [], hints: [], couponReason: null };
  const used = new Map<string, number>();
  const reasons = new Map<string, ReasonCode>();
  const payables: number[] = [];

  for (const sp of plan.shops) {
    let payable = 0;
    for (const i of sp.lineIdx) payable += amounts[i];
    payables.push(payable);
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
      const left = budgetLeft(p) - (used.get(p.id) ?? 0);
      const off = Math.min(rules.free ? sp.fee : (rules.amountOff ?? 0), sp.fee - s.discount, left);
      if (!best || off > best.off) best = { p, off };
      if (!reasons.has(p.id) || reasons.get(p.id) === "THRESHOLD_NOT_MET") reasons.set(p.id, left <= 0 ? "BUDGET_OUT" : "NOT_STACKABLE");
    }
    if (best && best.off > 0) {
      s.discount += best.off;
      s.by.push({ kind: "PROMOTION", id: best.p.id, amount: best.off });
      used.set(best.p.id, (used.get(best.p.id) ?? 0) + best.off);
      if (collect) {
        const prior = out.applied.find((a) => a.id === best!.p.id);
        if (prior) prior.amount += best.off;
        else out.applied.push({ kind: "PROMOTION", id: best.p.id, type: "SHIPPING", name: best.p.name, amount: best.off, shopId: best.p.shopId, stage: 6 });
      }
    }
    out.shipping.push(s);
  }
  if (coupon) out.couponReason = applyShippingCoupon(coupon, plan, out.shipping, payables);
  if (collect) {
    for (const p of plan.promos) if (!used.has(p.id)) out.notApplied.push({ kind: "PROMOTION", id: p.id, reason: plan.staticReasons.get(p.id) ?? reasons.get(p.id) ?? "OUT_OF_SCOPE" });
    for (const s of out.shipping) {
      const waived = s.by.find((b) => b.kind === "SHOP");
      if (waived) out.applied.push({ kind: "SHOP", id: s.shopId, type: "FREE_SHIPPING", name: plan.shops.find((x) => x.shopId === s.shopId)!.name, amount: waived.amount, shopId: s.shopId, stage: 6 });
    }
  }
  return out;
}

/** The one shipping coupon of an order; null when it reduced something, else why not. */
function applyShippingCoupon(coupon: CandidateCoupon, plan: ShippingPlan, shipping: ShopShipping[], payables: number[]): ReasonCode | null {
  const idx = plan.shops.flatMap((s, i) => (coupon.shopId === null || coupon.shopId === s.shopId ? [i] : []));
  if (!idx.length) return "OUT_OF_SCOPE";
  const tested = coupon.shopId ? payables[idx[0]] : payables.reduce((a, b) => a + b, 0);
  const left = idx.map((i) => shipping[i].fee - shipping[i].discount);
  const room = left.reduce((a, b) => a + b, 0);
  if (room <= 0) return "NOT_STACKABLE";
  if (tested < coupon.threshold) return "THRESHOLD_NOT_MET";
  const total = Math.min(coupon.amountOff ?? 0, coupon.budgetLeft ?? Infinity, room);
  if (total <= 0) return coupon.budgetLeft !== null && coupon.budgetLeft <= 0 ? "BUDGET_OUT" : "NOT_STACKABLE";
  allocate(total, left).forEach((part, k) => {
    if (part <= 0) return;
    const s = shipping[idx[k]];
    s.discount += part;
    s.by.push({ kind: "COUPON", id: coupon.id, amount: part });
  });
  return null;
}
