import { randomUUID } from "node:crypto";
import type { Tx } from "@/lib/db/client";
import { AppError } from "@/lib/api/errors";
import type { CouponSource, CouponTemplate } from "@/lib/generated/prisma/client";
import { emitEvent } from "@/lib/webhooks/webhook-events";

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
  const c = await tx.userCoupon.create({ data: { templateId: t.id, shopperId, source, validFrom, validTo, campaignId: extra.campaignId, grantedBy: extra.grantedBy, requestKey: extra.requestKey } });
  // a shopper's own claim or code (a staff grant to many is not an event per coupon)
  if (source === "CLAIM" || source === "CODE") await emitEvent(tx, "coupon.claimed", [t.shopId], { userCouponId: c.id, templateId: t.id, campaignId: extra.campaignId ?? null, shopperId, source, validTo: validTo.toISOString() }, now);
  return c;
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

/**
 * Many coupons of one template at once (a delivery's batch): the template's count is taken once
 * for all of them (all or none), then one multi-row insert. Each coupon carries its request key
 * (unique), so a batch written twice fails instead of giving anyone a second coupon.
 */
export async function issueCoupons(tx: Tx, t: CouponTemplate, shopperIds: string[], now: Date, extra: { grantedBy?: string; requestKey: (shopperId: string) => string }): Promise<string[]> {
  if (!shopperIds.length) return [];
  const n = await tx.$executeRaw`UPDATE "CouponTemplate" SET "issuedCount" = "issuedCount" + ${shopperIds.length} WHERE id = ${t.id} AND "issuedCount" + ${shopperIds.length} <= "totalQuantity"`;
  if (n === 0) throw new AppError("SOLD_OUT", "All coupons of this template have been given out");
  const validFrom = t.validFrom ?? now;
  const validTo = t.validTo ?? new Date(now.getTime() + (t.validDays ?? 1) * 86_400_000);
  const ids = shopperIds.map(() => randomUUID());
  await tx.$executeRaw`INSERT INTO "UserCoupon" (id, "templateId", "shopperId", source, "validFrom", "validTo", "grantedBy", "requestKey", "createdAt")
    SELECT x.id, ${t.id}, x.s, 'GRANT', ${validFrom}, ${validTo}, ${extra.grantedBy ?? null}, x.k, ${now} FROM unnest(${ids}::text[], ${shopperIds}::text[], ${shopperIds.map(extra.requestKey)}::text[]) AS x(id, s, k)`;
  return ids;
}
