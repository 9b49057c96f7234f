import { db } from "@/lib/db/client";
import { AppError } from "@/lib/api/errors";
import { getOrderOrThrow, type OrderActor } from "./order-access";
import { refundShare } from "./refund-share";
import type { RefundBody } from "./refund-schemas";
import { settleCouponsOnRefund } from "./refund-coupons";

const FLAG_WINDOW_DAYS = 30;
const FLAG_AT_REFUNDS = 3;

/**
 * Refunds returned units at their allocated payable (the ledger's numbers, never re-priced).
 * A full refund also returns shipping (before completion), the gifts, the coupons still valid,
 * and takes back coupons the order earned. Over-refunds are refused (422) and change nothing.
 */
export async function refundOrder(who: OrderActor, orderId: string, body: RefundBody, now = new Date(), opts: { preview?: boolean } = {}) {
  return db.$transaction(async (tx) => {
    await getOrderOrThrow(who, orderId, tx);
    await tx.$queryRaw`SELECT id FROM "Order" WHERE id = ${orderId} FOR UPDATE`;
    if (body.idempotencyKey) {
      const prior = await tx.refund.findUnique({ where: { orderId_idempotencyKey: { orderId, idempotencyKey: body.idempotencyKey } } });
      if (prior) return { refund: prior, created: false };
    }
    const order = await tx.order.findUniqueOrThrow({ where: { id: orderId }, include: { lines: { orderBy: { lineNo: "asc" } }, shops: true } });
    if (order.status !== "PAID" && order.status !== "COMPLETED") throw new AppError("INVALID_STATE", `Order is ${order.status}; only paid orders can be refunded`);

    const requested = new Map<string, number>();
    body.lines.forEach((l) => requested.set(l.skuId, (requested.get(l.skuId) ?? 0) + l.quantity));
    const refundLines: { orderLineId: string; quantity: number; amount: number }[] = [];
    for (const [i, l] of body.lines.entries()) {
      const line = order.lines.find((x) => x.skuId === l.skuId && !x.gift);
      if (!line) throw new AppError("VALIDATION_FAILED", `SKU ${l.skuId} is not in this order`, { [`lines.${i}.skuId`]: "not in this order" });
      if (refundLines.some((r) => r.orderLineId === line.id)) continue;
      const units = requested.get(l.skuId)!;
      if (units > line.quantity - line.refundedQuantity)
        throw new AppError("OVER_REFUND", `Only ${line.quantity - line.refundedQuantity} unit(s) of ${l.skuId} can still be refunded`, { [`lines.${i}.quantity`]: "more than bought and not yet refunded" });
      refundLines.push({ orderLineId: line.id, quantity: units, amount: refundShare(line.payable, line.quantity, line.refundedAmount, line.refundedQuantity, units) });
    }

    const after = new Map(order.lines.map((l) => [l.id, l.refundedQuantity + (refundLines.find((r) => r.orderLineId === l.id)?.quantity ?? 0)]));
    const full = order.lines.filter((l) => !l.gift).every((l) => after.get(l.id) === l.quantity);
    const goods = refundLines.reduce((a, r) => a + r.amount, 0);
    const shipping = full && order.status !== "COMPLETED" ? order.shops.reduce((a, s) => a + s.shippingFee - s.shippingDiscount - s.refundedShipping, 0) : 0;

    for (const r of refundLines) {
      const line = order.lines.find((l) => l.id === r.orderLineId)!;
      await tx.orderLine.update({ where: { id: line.id }, data: { refundedQuantity: { increment: r.quantity }, refundedAmount: { increment: r.amount } } });
      await tx.$executeRaw`UPDATE "Sku" SET stock = stock + ${r.quantity} WHERE id = ${line.skuId}`;
    }
    if (full) {
      for (const g of order.lines.filter((l) => l.gift && l.refundedQuantity < l.quantity)) {
        await tx.orderLine.update({ where: { id: g.id }, data: { refundedQuantity: g.quantity } });
        await tx.$executeRaw`UPDATE "Sku" SET stock = stock + ${g.quantity - g.refundedQuantity} WHERE id = ${g.skuId}`;
      }
      for (const s of order.shops) await tx.orderShop.update({ where: { orderId_shopId: { orderId, shopId: s.shopId } }, data: { refundedShipping: s.shippingFee - s.shippingDiscount } });
    }

    const coupons = await settleCouponsOnRefund(tx, order, refundLines, full, now);
    const amount = Math.max(0, goods + shipping - coupons.deducted);
    const couponOrders = await tx.refund.count({ where: { order: { shopperId: order.shopperId, couponDiscount: { gt: 0 } }, createdAt: { gte: new Date(now.getTime() - FLAG_WINDOW_DAYS * 86_400_000) } } });
    const flagged = order.couponDiscount > 0 && couponOrders + 1 >= FLAG_AT_REFUNDS;

    if (opts.preview) throw new RefundPreview({ amount, shippingAmount: shipping, deductedAmount: coupons.deducted, couponsReturned: coupons.returned, couponsReclaimed: coupons.reclaimed, full });
    const refund = await tx.refund.create({
      data: {
        orderId,
        amount,
        shippingAmount: shipping,
        reason: body.reason,
        idempotencyKey: body.idempotencyKey,
        couponsReturned: coupons.returned,
        couponsReclaimed: coupons.reclaimed,
        deductedAmount: coupons.deducted,
        flagged,
        lines: { create: refundLines },
      },
    });
    await tx.order.update({ where: { id: orderId }, data: { refundedAmount: { increment: amount }, ...(full ? { status: "REFUNDED" } : {}) } });
    await tx.analyticsEvent.create({ data: { type: "REFUND", shopperId: order.shopperId, orderId, amount, dedupeKey: `refund:${refund.id}` } });
    return { refund, created: true };
  });
}

export type RefundQuote = { amount: number; shippingAmount: number; deductedAmount: number; couponsReturned: string[]; couponsReclaimed: string[]; full: boolean };

/** Thrown inside the refund transaction to roll it back and carry the figures out. */
class RefundPreview extends Error {
  constructor(readonly quote: RefundQuote) {
    super("refund preview");
  }
}

/**
 * What a refund would give back, before the shopper confirms: the very same transaction as
 * refundOrder (same ledger arithmetic and coupon rules), rolled back at the end.
 */
export async function quoteRefund(who: OrderActor, orderId: string, body: RefundBody, now = new Date()): Promise<RefundQuote> {
  try {
    await refundOrder(who, orderId, { ...body, idempotencyKey: undefined }, now, { preview: true });
  } catch (e) {
    if (e instanceof RefundPreview) return e.quote;
    throw e;
  }
  throw new Error("unreachable: a refund preview always rolls back");
}
