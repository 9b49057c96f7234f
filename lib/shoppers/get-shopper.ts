import { db } from "@/lib/db/client";
import { notFound } from "@/lib/api/errors";
import { toShopperDto } from "./shopper-dto";

export async function getShopper(id: string) {
  const s = await db.shopper.findUnique({ where: { id } });
  if (!s) throw notFound("shopper");
  return toShopperDto(s);
}

/** The member centre's counts: usable coupons, those expiring within 3 days, orders and unpaid ones. */
export async function memberSummary(shopperId: string, now = new Date()) {
  const soon = new Date(now.getTime() + 3 * 86_400_000);
  const [unused, expiring, unpaid, orders] = await Promise.all([
    db.userCoupon.count({ where: { shopperId, state: "UNUSED", validTo: { gt: now } } }),
    db.userCoupon.count({ where: { shopperId, state: "UNUSED", validTo: { gt: now, lte: soon } } }),
    db.order.count({ where: { shopperId, status: "PENDING_PAYMENT" } }),
    db.order.count({ where: { shopperId } }),
  ]);
  return { unused, expiring, unpaid, orders };
}
