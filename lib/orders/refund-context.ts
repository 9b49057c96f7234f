import type { Tx } from "@/lib/db/client";
import type { PriceResult } from "@/lib/pricing/price-result";
import { inScope } from "@/lib/pricing/eligibility/scope";
import type { Scope } from "@/lib/pricing/promotion-config";
import { loadSkus } from "@/lib/checkout/load-skus";
import type { PlanOrder, PlanRules } from "./refund-plan";
import type { Deduction } from "./refund-deductions";

/** The order under its row lock, as the refund plan reads it. */
export async function lockOrderForRefund(tx: Tx, orderId: string) {
  await tx.$queryRaw`SELECT id FROM "Order" WHERE id = ${orderId} FOR UPDATE`;
  return tx.order.findUniqueOrThrow({ where: { id: orderId }, include: { lines: { orderBy: { lineNo: "asc" } }, shops: true } });
}
export type LockedOrder = Awaited<ReturnType<typeof lockOrderForRefund>>;

export const planOrderOf = (o: LockedOrder): PlanOrder => ({ ...o, pricing: o.pricing as unknown as PriceResult });

/**
 * The rules of the thresholds that priced the order: each order-level promotion (with the rules of
 * the A/B variant the shopper saw) and each coupon's threshold, plus which lines a 满赠 covered.
 */
export async function loadPlanRules(tx: Tx, order: LockedOrder): Promise<PlanRules> {
  const pricing = order.pricing as unknown as PriceResult;
  const promoIds = pricing.applied.filter((a) => a.kind === "PROMOTION" && a.id).map((a) => a.id!);
  const couponIds = pricing.applied.filter((a) => a.kind === "COUPON" && a.id).map((a) => a.id!);
  const [promos, parts, coupons] = await Promise.all([
    tx.promotion.findMany({ where: { id: { in: promoIds } }, select: { id: true, type: true, name: true, rules: true, scope: true, shopId: true, skus: { where: { withdrawnAt: { not: null } }, select: { skuId: true } }, variants: { select: { key: true, rules: true } } } }),
    tx.promotionParticipation.findMany({ where: { orderId: order.id, promotionId: { in: promoIds } }, select: { promotionId: true, variantKey: true } }),
    tx.userCoupon.findMany({ where: { id: { in: couponIds } }, select: { id: true, template: { select: { threshold: true, name: true } } } }),
  ]);
  const skus = await loadSkus([...new Set(order.lines.map((l) => l.skuId))], tx);
  const promotions: PlanRules["promotions"] = new Map();
  for (const p of promos) {
    const variant = parts.find((x) => x.promotionId === p.id)?.variantKey;
    const rules = (variant && p.variants.find((v) => v.key === variant)?.rules) || p.rules;
    const scoped = new Set(order.lines.filter((l) => !l.gift && skus[l.skuId] && inScope(p.scope as Scope, skus[l.skuId], p.shopId, p.skus.map((s) => s.skuId))).map((l) => l.id));
    promotions.set(p.id, { type: p.type, name: p.name, rules, inScope: scoped });
  }
  return { promotions, coupons: new Map(coupons.map((c) => [c.id, { threshold: c.template.threshold, name: c.template.name }])) };
}

/** Units of each line held by refunds still waiting for the shop (other than `except`). */
export async function pendingUnits(tx: Tx, orderId: string, except?: string) {
  const rows = await tx.refundLine.findMany({ where: { refund: { orderId, status: "PENDING", ...(except ? { id: { not: except } } : {}) } }, select: { orderLineId: true, quantity: true } });
  const out = new Map<string, number>();
  for (const r of rows) out.set(r.orderLineId, (out.get(r.orderLineId) ?? 0) + r.quantity);
  return out;
}

/** What approved refunds of the order already deducted, by deduction key. */
export async function priorDeductions(tx: Tx, orderId: string) {
  const rows = await tx.refund.findMany({ where: { orderId, status: "APPROVED" }, select: { deductions: true } });
  const out = new Map<string, number>();
  for (const r of rows) for (const d of r.deductions as unknown as Deduction[]) out.set(d.key, (out.get(d.key) ?? 0) + d.amount);
  return out;
}
