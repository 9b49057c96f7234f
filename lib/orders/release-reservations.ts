import type { Tx } from "@/lib/db/client";
import { settleFlashUnits } from "@/lib/flash-sale/flash-ledger";

/**
 * Gives back what an unpaid order reserved: SKU stock, promotion budget/stock and per-user
 * participation, coupons (unlocked, or expired if their validity ended meanwhile), coupon budget.
 */
export async function releaseReservations(tx: Tx, orderId: string, now: Date) {
  const lines = await tx.orderLine.findMany({ where: { orderId }, select: { skuId: true, quantity: true } });
  for (const l of lines) await tx.$executeRaw`UPDATE "Sku" SET stock = stock + ${l.quantity} WHERE id = ${l.skuId}`;

  const parts = await tx.promotionParticipation.findMany({ where: { orderId, status: "HELD" } });
  const order = await tx.order.findUniqueOrThrow({ where: { id: orderId }, select: { pricing: true } });
  const pricing = order.pricing as { lines: { itemOffer: { promotionId: string | null; units: number } | null; gift: boolean; quantity: number; discounts: { id: string }[] }[] };
  for (const p of parts) {
    const itemUnits = pricing.lines.reduce((a, l) => a + (l.itemOffer?.promotionId === p.promotionId ? l.itemOffer.units : 0), 0);
    const giftUnits = pricing.lines.reduce((a, l) => a + (l.gift && l.discounts.some((d) => d.id === p.promotionId) ? l.quantity : 0), 0);
    const stockUnits = itemUnits + giftUnits || 1;
    await tx.$executeRaw`UPDATE "Promotion" SET "budgetUsed" = GREATEST(0, "budgetUsed" - ${p.discount}), "stockUsed" = GREATEST(0, "stockUsed" - ${stockUnits}) WHERE id = ${p.promotionId}`;
  }
  await tx.promotionParticipation.updateMany({ where: { orderId, status: "HELD" }, data: { status: "RELEASED" } });
  await settleFlashUnits(tx, order.pricing, "released");

  const uses = await tx.orderCoupon.findMany({ where: { orderId, released: false }, include: { userCoupon: { select: { validTo: true } } } });
  for (const u of uses) {
    await tx.userCoupon.update({ where: { id: u.userCouponId }, data: { state: u.userCoupon.validTo <= now ? "EXPIRED" : "UNUSED", orderId: null } });
    await tx.$executeRaw`UPDATE "CouponTemplate" SET "budgetUsed" = GREATEST(0, "budgetUsed" - ${u.amount}) WHERE id = ${u.templateId}`;
  }
  await tx.orderCoupon.updateMany({ where: { orderId, released: false }, data: { released: true } });
  return uses.map((u) => u.userCouponId);
}
