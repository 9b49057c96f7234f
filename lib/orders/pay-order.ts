import { db } from "@/lib/db/client";
import { AppError } from "@/lib/api/errors";
import { getOrderOrThrow, type OrderActor } from "./order-access";
import { toOrderDto } from "./order-dto";
import { completeGroupIfFull } from "@/lib/group-buy/group-membership";
import { settleFlashUnits } from "@/lib/flash-sale/flash-ledger";
import { storedReservations } from "./stored-reservations";
import { onPresaleOrderPaid } from "@/lib/presale/presale-lifecycle";
import { emitEvent } from "@/lib/webhooks/webhook-events";
import { noteOrderMoney } from "@/lib/live/live-counters";
import { logError } from "@/lib/api/log";
import { addGrowth, addPoints } from "@/lib/members/points-ledger";
import { orderEarnings, pointsExpiry, POINTS_RULE } from "@/lib/members/points-rules";

/**
 * Simulated payment. `succeed: false` records a failed attempt and leaves the order unpaid.
 * Paying marks the coupons used, confirms promotion participation, ends the new-user status and
 * awards points and growth through the ledger (lib/members/points-rules.ts).
 */
export async function payOrder(who: OrderActor, orderId: string, succeed = true, now = new Date()) {
  const { dto, source } = await db.$transaction(async (tx) => {
    const order = await getOrderOrThrow(who, orderId, tx);
    if (!succeed) {
      if (order.status !== "PENDING_PAYMENT") throw new AppError("INVALID_STATE", `Order is ${order.status}`);
      return { dto: toOrderDto(order), source: order.source };
    }
    const n = await tx.order.updateMany({ where: { id: orderId, status: "PENDING_PAYMENT", expiresAt: { gt: now } }, data: { status: "PAID", paidAt: now } });
    if (n.count === 0) {
      // a concurrent payment may have won while this one waited on the row: read it again
      const fresh = await tx.order.findUniqueOrThrow({ where: { id: orderId } });
      if (fresh.status === "PAID" || fresh.status === "COMPLETED") return { dto: toOrderDto(fresh), source: fresh.source };
      throw new AppError("INVALID_STATE", fresh.status === "PENDING_PAYMENT" ? "The payment window has closed" : `Order is ${fresh.status}`);
    }
    // the shopper's row before the shared counters, in the order the order writer takes them (no deadlock with a batch holding this shopper)
    await tx.$queryRaw`SELECT id FROM "Shopper" WHERE id = ${order.shopperId} FOR UPDATE`;
    const uses = await tx.orderCoupon.findMany({ where: { orderId, released: false } });
    await tx.userCoupon.updateMany({ where: { id: { in: uses.map((u) => u.userCouponId) } }, data: { state: "USED", usedAt: now } });
    await tx.promotionParticipation.updateMany({ where: { orderId, status: "HELD" }, data: { status: "CONFIRMED" } });
    await settleFlashUnits(tx, storedReservations(order), "paid");
    await onPresaleOrderPaid(tx, order, now);
    // for the host shop: one event per shop with that shop's part; a coupon's use to its issuer (platform: platform subscriptions)
    const parts = await tx.$queryRaw<{ shopId: string; gross: bigint }[]>`SELECT "shopId", gross FROM "OrderShopAmount" WHERE "orderId" = ${orderId}`;
    for (const p of parts) await emitEvent(tx, "order.paid", [p.shopId], { orderId, shopId: p.shopId, shopperId: order.shopperId, amount: Number(p.gross), source: order.source, paidAt: now.toISOString() }, now);
    const issuers = new Map((await tx.couponTemplate.findMany({ where: { id: { in: uses.map((u) => u.templateId) } }, select: { id: true, shopId: true } })).map((t) => [t.id, t.shopId]));
    for (const u of uses) await emitEvent(tx, "coupon.used", [issuers.get(u.templateId) ?? null], { userCouponId: u.userCouponId, templateId: u.templateId, orderId, amount: u.amount, shopperId: order.shopperId }, now);
    const shopper = await tx.shopper.findUniqueOrThrow({ where: { id: order.shopperId }, select: { firstOrderDone: true } });
    await tx.shopper.update({ where: { id: order.shopperId }, data: { firstOrderDone: true } });
    const rule = (await tx.pointsRule.findUnique({ where: { id: "platform" } })) ?? POINTS_RULE;
    const earned = orderEarnings(order.total - (order.shippingFee - order.shippingDiscount), rule);
    await addPoints(tx, { shopperId: order.shopperId, amount: earned.points, reason: "ORDER", sourceId: orderId, expiresAt: pointsExpiry(now, rule) });
    await addGrowth(tx, { shopperId: order.shopperId, amount: earned.growth, reason: "ORDER", sourceId: orderId });
    await tx.analyticsEvent.create({ data: { type: "ORDER_PAID", shopperId: order.shopperId, orderId, amount: order.total, newCustomer: !shopper.firstOrderDone, dedupeKey: `paid:${orderId}` } });
    return { dto: toOrderDto(await tx.order.findUniqueOrThrow({ where: { id: orderId } })), source: order.source };
  });
  // the live monitor's money (lib/live), counted after the commit
  if (succeed && dto.status === "PAID") await noteOrderMoney(orderId).catch((e) => logError(e, "LIVE_COUNTERS"));
  // a group-buy member's payment may fill the group
  if (succeed && dto.status === "PAID" && source === "GROUP_BUY") await completeGroupIfFull(orderId, now);
  return dto;
}
