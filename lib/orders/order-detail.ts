import { db } from "@/lib/db/client";
import { getOrderOrThrow, type OrderActor } from "./order-access";

const iso = (d: Date | null) => d?.toISOString() ?? null;

/**
 * GET /api/orders/{id}: the order with its lines, ledger (discount rows), shipping per shop,
 * coupons and refunds. The shopper (or a key acting for them) and platform staff see all of it;
 * shop staff see their own shop's lines, ledger rows and shipping only (`partial: true`).
 */
export async function getOrderDetail(who: OrderActor, orderId: string) {
  await getOrderOrThrow(who, orderId);
  const o = await db.order.findUniqueOrThrow({
    where: { id: orderId },
    include: { lines: { orderBy: { lineNo: "asc" } }, discounts: { orderBy: [{ stage: "asc" }, { id: "asc" }] }, shops: true, coupons: true, refunds: { orderBy: { createdAt: "asc" }, include: { lines: true } } },
  });
  const onlyShop = typeof who === "object" && who.kind === "staff" ? who.shopId : null;
  const mine = <T extends { shopId: string }>(xs: T[]) => (onlyShop ? xs.filter((x) => x.shopId === onlyShop) : xs);
  const lines = mine(o.lines);
  const lineIds = new Set(lines.map((l) => l.id));
  return {
    id: o.id,
    status: o.status,
    shopperId: o.shopperId,
    partial: Boolean(onlyShop),
    createdAt: iso(o.createdAt),
    expiresAt: iso(o.expiresAt),
    paidAt: iso(o.paidAt),
    cancelledAt: iso(o.cancelledAt),
    cancelReason: o.cancelReason,
    region: o.region,
    channel: o.channel,
    source: o.source,
    ...(onlyShop
      ? {}
      : { subtotal: o.subtotal, itemDiscount: o.itemDiscount, orderDiscount: o.orderDiscount, couponDiscount: o.couponDiscount, shippingFee: o.shippingFee, shippingDiscount: o.shippingDiscount, total: o.total, refundedAmount: o.refundedAmount }),
    lines: lines.map((l) => ({
      id: l.id,
      lineNo: l.lineNo,
      skuId: l.skuId,
      shopId: l.shopId,
      quantity: l.quantity,
      unitPrice: l.unitPrice,
      listAmount: l.listAmount,
      gift: l.gift,
      itemOffer: l.itemOfferPromotionId || l.itemOfferType ? { promotionId: l.itemOfferPromotionId, type: l.itemOfferType, amount: l.itemDiscount } : null,
      payable: l.payable,
      refundedQuantity: l.refundedQuantity,
      refundedAmount: l.refundedAmount,
    })),
    ledger: mine(o.discounts).map((d) => ({ id: d.id, orderLineId: d.orderLineId, shopId: d.shopId, kind: d.kind, stage: d.stage, promotionId: d.promotionId, userCouponId: d.userCouponId, templateId: d.templateId, amount: d.amount, platformCost: d.platformCost, shopCost: d.shopCost })),
    shops: mine(o.shops).map((s) => ({ shopId: s.shopId, shippingFee: s.shippingFee, shippingDiscount: s.shippingDiscount, refundedShipping: s.refundedShipping })),
    coupons: onlyShop ? [] : o.coupons.map((c) => ({ userCouponId: c.userCouponId, templateId: c.templateId, amount: c.amount, released: c.released })),
    refunds: o.refunds
      .filter((r) => !onlyShop || r.lines.some((l) => lineIds.has(l.orderLineId)))
      .map((r) => ({
        id: r.id,
        amount: r.amount,
        shippingAmount: r.shippingAmount,
        deductedAmount: r.deductedAmount,
        reason: r.reason,
        createdAt: iso(r.createdAt),
        couponsReturned: onlyShop ? [] : r.couponsReturned,
        couponsReclaimed: onlyShop ? [] : r.couponsReclaimed,
        lines: r.lines.filter((l) => !onlyShop || lineIds.has(l.orderLineId)).map((l) => ({ orderLineId: l.orderLineId, quantity: l.quantity, amount: l.amount })),
      })),
  };
}
