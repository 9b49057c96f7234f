import { db } from "@/lib/db/client";
import type { StaffActor } from "@/lib/auth/actor";
import { AppError } from "@/lib/api/errors";
import { recordAudit } from "@/lib/audit/record-audit";
import { getWritableTemplate } from "./get-template";
import { issueCoupon } from "./issue-coupon";
import { isUniqueViolation } from "@/lib/jobs/job-once";

/**
 * Staff give a coupon to chosen shoppers (e.g. customer-service compensation), all or nothing.
 * With an idempotency key each coupon carries grant:<staff>:<key>:<shopper> (unique): the same
 * click again gives nobody a second coupon and answers the first grant.
 */
export async function grantCoupons(actor: StaffActor, templateId: string, userIds: string[], now = new Date(), idempotencyKey?: string) {
  const keyOf = (userId: string) => (idempotencyKey ? `grant:${actor.id}:${idempotencyKey}:${userId}` : undefined);
  const replay = async () => {
    if (!idempotencyKey) return null;
    const prior = await db.userCoupon.findMany({ where: { requestKey: { in: userIds.map((u) => keyOf(u)!) } }, select: { id: true } });
    return prior.length ? { granted: prior.length, couponIds: prior.map((c) => c.id), replayed: true } : null;
  };
  const before = await replay();
  if (before) return before;
  return grant(actor, templateId, userIds, now, keyOf).catch(async (e) => {
    const after = isUniqueViolation(e) ? await replay() : null;
    if (after) return after;
    throw e;
  });
}

async function grant(actor: StaffActor, templateId: string, userIds: string[], now: Date, keyOf: (userId: string) => string | undefined) {
  return db.$transaction(async (tx) => {
    const t = await getWritableTemplate(actor, templateId, tx);
    // shop staff reach only shoppers who ordered in their shop (SPEC §9); others look unknown
    const found = await tx.shopper.findMany({ where: { id: { in: userIds }, ...(actor.shopId ? { orders: { some: { shops: { some: { shopId: actor.shopId } } } } } : {}) }, select: { id: true } });
    const missing = userIds.map((id, i) => [id, i] as const).filter(([id]) => !found.some((f) => f.id === id));
    if (missing.length) throw new AppError("VALIDATION_FAILED", "Unknown shoppers", Object.fromEntries(missing.map(([, i]) => [`userIds.${i}`, "no such shopper"])));
    const ids: string[] = [];
    for (const userId of userIds) ids.push((await issueCoupon(tx, t, userId, "GRANT", now, { grantedBy: actor.id, requestKey: keyOf(userId) })).id);
    await recordAudit(tx, actor, { action: "grant", entity: "couponTemplate", entityId: templateId, shopId: t.shopId, after: { userIds, couponIds: ids } });
    return { granted: ids.length, couponIds: ids };
  }, { timeout: 60_000 });
}
