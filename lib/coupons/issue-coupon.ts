import type { Tx } from "@/lib/db/client";
import { AppError } from "@/lib/api/errors";
import type { CouponSource, CouponTemplate } from "@/lib/generated/prisma/client";

/**
 * Hands one coupon of a template to a shopper: counts it against the template's total with a
 * conditional update (never more than totalQuantity issued) and sets its validity — the
 * template's fixed window, or validDays from now.
 */
export async function issueCoupon(tx: Tx, t: CouponTemplate, shopperId: string, source: CouponSource, now: Date, extra: { campaignId?: string; grantedBy?: string; requestKey?: string } = {}) {
  const n = await tx.$executeRaw`UPDATE "CouponTemplate" SET "issuedCount" = "issuedCount" + 1 WHERE id = ${t.id} AND "issuedCount" < "totalQuantity"`;
  if (n === 0) throw new AppError("SOLD_OUT", "All coupons of this template have been given out");
  const validFrom = t.validFrom ?? now;
  const validTo = t.validTo ?? new Date(now.getTime() + (t.validDays ?? 1) * 86_400_000);
  return tx.userCoupon.create({ data: { templateId: t.id, shopperId, source, validFrom, validTo, campaignId: extra.campaignId, grantedBy: extra.grantedBy, requestKey: extra.requestKey } });
}

export const toUserCouponDto = (c: { id: string; templateId: string; state: string; validFrom: Date; validTo: Date; campaignId: string | null; source: string }) => ({
  id: c.id,
  templateId: c.templateId,
  state: c.state,
  validFrom: c.validFrom.toISOString(),
  validTo: c.validTo.toISOString(),
  campaignId: c.campaignId,
  source: c.source,
});
