import { AppError } from "@/lib/api/errors";
import type { PriceResult } from "@/lib/pricing/price-result";
import { refundShare } from "./refund-share";
import { deductsOnPartialRefund, lostGifts, netOf, thresholdDeduction, type CoveredLine, type Deduction, type GiftReturn, type GiftRule } from "./refund-deductions";

// What a refund pays back, computed from the order's ledger and snapshot alone (no writes): the
// same function quotes a request, and prices it again when the shop approves it.

export type PlanLine = { id: string; lineNo: number; skuId: string; shopId: string; quantity: number; refundedQuantity: number; payable: number; refundedAmount: number; gift: boolean; unitPrice: number };
export type PlanOrder = {
  status: string;
  total: number;
  refundedAmount: number;
  lines: PlanLine[];
  shops: { shopId: string; shippingFee: number; shippingDiscount: number; refundedShipping: number }[];
  pricing: PriceResult;
};
/** The threshold rules of what priced the order, by promotion id / user-coupon id. */
export type PlanRules = {
  promotions: Map<string, { type: string; name: string; rules: unknown; inScope: Set<string> }>;
  coupons: Map<string, { threshold: number; name: string }>;
};
export type PlanRequest = { lines: { skuId: string; quantity: number }[]; type: "REFUND_ONLY" | "RETURN_AND_REFUND" };

export type RefundPlan = {
  lines: { orderLineId: string; quantity: number; amount: number }[];
  goods: number;
  shipping: number;
  full: boolean;
  deductions: Deduction[];
  giftsReturned: GiftReturn[];
};


/**
 * @param pending units of each order line held by other refunds still waiting for the shop
 * @param prior deductions already made by approved refunds, by key
 */
export function planRefund(order: PlanOrder, rules: PlanRules, req: PlanRequest, pending: Map<string, number>, prior: Map<string, number>): RefundPlan {
  if (order.status !== "PAID" && order.status !== "COMPLETED") throw new AppError("INVALID_STATE", `Order is ${order.status}; only paid orders can be refunded`);
  const requested = new Map<string, number>();
  req.lines.forEach((l) => requested.set(l.skuId, (requested.get(l.skuId) ?? 0) + l.quantity));
  const lines: RefundPlan["lines"] = [];
  for (const [i, l] of req.lines.entries()) {
    const line = order.lines.find((x) => x.skuId === l.skuId && !x.gift);
    if (!line) throw new AppError("VALIDATION_FAILED", `SKU ${l.skuId} is not in this order`, { [`lines.${i}.skuId`]: "not in this order" });
    if (lines.some((r) => r.orderLineId === line.id)) continue;
    const units = requested.get(l.skuId)!;
    const left = line.quantity - line.refundedQuantity - (pending.get(line.id) ?? 0);
    if (units > left) throw new AppError("OVER_REFUND", `Only ${left} unit(s) of ${l.skuId} can still be refunded`, { [`lines.${i}.quantity`]: "more than bought and not yet refunded" });
    lines.push({ orderLineId: line.id, quantity: units, amount: refundShare(line.payable, line.quantity, line.refundedAmount, line.refundedQuantity, units) });
  }

  const kept = new Map(order.lines.map((l) => [l.id, l.quantity - l.refundedQuantity - (lines.find((r) => r.orderLineId === l.id)?.quantity ?? 0)]));
  const full = order.lines.filter((l) => !l.gift).every((l) => kept.get(l.id) === 0);
  const goods = lines.reduce((a, r) => a + r.amount, 0);
  // shipping comes back with the last goods before completion (not after: the parcel travelled)
  const shipping = full && order.status !== "COMPLETED" ? order.shops.reduce((a, s) => a + s.shippingFee - s.shippingDiscount - s.refundedShipping, 0) : 0;

  const deductions: Deduction[] = [];
  const giftsReturned: GiftReturn[] = [];
  const push = (d: Omit<Deduction, "amount">, due: number) => {
    const amount = netOf(due, prior, d.key);
    if (amount !== 0) deductions.push({ ...d, amount });
  };
  for (const a of order.pricing.applied) {
    if (!a.id) continue;
    const covered = coveredLines(order, a.id, a.stage, kept);
    if (a.kind === "COUPON") {
      const c = rules.coupons.get(a.id);
      if (c) push({ key: `coupon:${a.id}`, kind: "COUPON", id: a.id, type: a.type, name: c.name }, thresholdDeduction({ kind: "COUPON", threshold: c.threshold }, covered));
      continue;
    }
    const p = rules.promotions.get(a.id);
    if (!p || a.kind !== "PROMOTION") continue;
    if (deductsOnPartialRefund(a.type)) {
      push({ key: `promotion:${a.id}`, kind: "PROMOTION", id: a.id, type: a.type, name: p.name }, thresholdDeduction({ kind: "PROMOTION", type: a.type, rules: p.rules }, covered));
    } else if (a.type === "GIFT") {
      const scoped = order.lines
        .filter((l) => !l.gift && p.inScope.has(l.id))
        .map((l) => ({ orderLineId: l.id, skuId: l.skuId, quantity: l.quantity, kept: kept.get(l.id)!, atStage: atStage(order, l.lineNo, a.stage), share: 0 }));
      const gifts = order.lines.filter((l) => l.gift && order.pricing.lines[l.lineNo]?.discounts.some((d) => d.id === a.id)).map((g) => ({ orderLineId: g.id, skuId: g.skuId, quantity: g.quantity, returned: g.refundedQuantity, unitValue: g.unitPrice }));
      const lost = lostGifts({ rules: p.rules, gifts } as GiftRule, full ? scoped.map((s) => ({ ...s, kept: 0 })) : scoped);
      const giveBack = full || req.type === "RETURN_AND_REFUND";
      for (const g of gifts) {
        const gone = lost.find((x) => x.orderLineId === g.orderLineId);
        if (gone && giveBack) giftsReturned.push(gone);
        // kept although its tier is lost: its value comes off the refund (netted against earlier ones)
        push({ key: `gift:${g.orderLineId}`, kind: "GIFT", id: a.id, type: "GIFT", name: p.name }, gone && !giveBack ? gone.quantity * g.unitValue : 0);
      }
    }
  }
  return { lines, goods, shipping, full, deductions, giftsReturned };
}

/** The line's amount before the discounts of `stage` and later were taken (its base at that stage). */
function atStage(order: PlanOrder, lineNo: number, stage: number) {
  const priced = order.pricing.lines[lineNo];
  if (!priced) return 0;
  return priced.payable + priced.discounts.filter((d) => d.stage >= stage).reduce((a, d) => a + d.amount, 0);
}

/** The lines a discount (promotion or coupon id) took cents from, with its share on each. */
function coveredLines(order: PlanOrder, id: string, stage: number, kept: Map<string, number>): CoveredLine[] {
  const out: CoveredLine[] = [];
  for (const l of order.lines) {
    const share = order.pricing.lines[l.lineNo]?.discounts.filter((d) => d.id === id).reduce((a, d) => a + d.amount, 0) ?? 0;
    if (share > 0) out.push({ orderLineId: l.id, skuId: l.skuId, quantity: l.quantity, kept: kept.get(l.id) ?? 0, atStage: atStage(order, l.lineNo, stage), share });
  }
  return out;
}
