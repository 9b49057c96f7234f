import type { Tx } from "@/lib/db/client";
import { settleFlashUnits } from "@/lib/flash-sale/flash-ledger";
import { storedReservations } from "./stored-reservations";

/**
 * Gives back exactly what an unpaid order reserved, as stored with it (Order.reservations): SKU
 * stock, promotion budget / stock of the participations still held (and the participations),
 * flash-sale pending units, coupons (unlocked, or expired if their validity ended meanwhile) and
 * their template budget (one OrderCoupon row per coupon, released once).
 */
export async function releaseReservations(tx: Tx, orderId: string, now: Date) {
  const order = await tx.order.findUniqueOrThrow({ where: { id: orderId }, select: { pricing: true, reservations: true } });
  const r = storedReservations(order);
  // SKU rows in id order, as the order writer takes them
  for (const s of [...r.skuStock].sort((a, b) => (a.skuId < b.skuId ? -1 : a.skuId > b.skuId ? 1 : 0))) await tx.$executeRaw`UPDATE "Sku" SET stock = stock + ${s.units} WHERE id = ${s.skuId}`;

  const held = new Set((await tx.promotionParticipation.findMany({ where: { orderId, status: "HELD" }, select: { promotionId: true } })).map((p) => p.promotionId));
  for (const p of r.promotions) {
    if (!held.has(p.promotionId)) continue;
    await tx.$executeRaw`UPDATE "Promotion" SET "budgetUsed" = GREATEST(0, "budgetUsed" - ${p.discount}), "stockUsed" = GREATEST(0, "stockUsed" - ${p.stockUnits}) WHERE id = ${p.promotionId}`;
  }
  await tx.promotionParticipation.updateMany({ where: { orderId, status: "HELD" }, data: { status: "RELEASED" } });
  await settleFlashUnits(tx, r, "released");

  const uses = await tx.orderCoupon.findMany({ where: { orderId, released: false }, include: { userCoupon: { select: { validTo: true } } } });
  for (const u of uses) {
    await tx.userCoupon.update({ where: { id: u.userCouponId }, data: { state: u.userCoupon.validTo <= now ? "EXPIRED" : "UNUSED", orderId: null } });
    await tx.$executeRaw`UPDATE "CouponTemplate" SET "budgetUsed" = GREATEST(0, "budgetUsed" - ${u.amount}) WHERE id = ${u.templateId}`;
  }
  await tx.orderCoupon.updateMany({ where: { orderId, released: false }, data: { released: true } });
  return uses.map((u) => u.userCouponId);
}
