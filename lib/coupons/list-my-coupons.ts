import { db } from "@/lib/db/client";
import type { CouponState } from "@/lib/generated/prisma/enums";
import { scopeOf, type Acting } from "@/lib/auth/shopper-scope";

const SOON_MS = 3 * 86_400_000;

/**
 * The shopper's coupons by state. An unused coupon past its validity is shown (and stored) as
 * EXPIRED; `expiringSoon` marks unused ones ending within 3 days (the expiry reminder).
 */
export async function listMyCoupons(who: Acting, state?: CouponState, now = new Date()) {
  const { shopperId, shopId } = scopeOf(who);
  await db.userCoupon.updateMany({ where: { shopperId, state: "UNUSED", validTo: { lte: now } }, data: { state: "EXPIRED" } });
  const rows = await db.userCoupon.findMany({ where: { shopperId, ...(state ? { state } : {}), ...(shopId ? { template: { shopId } } : {}) }, include: { template: true }, orderBy: [{ state: "asc" }, { validTo: "asc" }], take: 200 });
  return {
    items: rows.map((c) => ({
      id: c.id,
      templateId: c.templateId,
      state: c.state,
      validFrom: c.validFrom.toISOString(),
      validTo: c.validTo.toISOString(),
      expiringSoon: c.state === "UNUSED" && c.validTo.getTime() - now.getTime() <= SOON_MS,
      name: c.template.name,
      kind: c.template.kind,
      shopId: c.template.shopId,
      amountOff: c.template.amountOff,
      percentOff: c.template.percentOff,
      maxOff: c.template.maxOff,
      threshold: c.template.threshold,
    })),
    nextCursor: null,
  };
}
