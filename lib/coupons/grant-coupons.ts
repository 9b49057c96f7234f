import { db } from "@/lib/db/client";
import type { StaffActor } from "@/lib/auth/actor";
import { AppError } from "@/lib/api/errors";
import { recordAudit } from "@/lib/audit/record-audit";
import { getWritableTemplate } from "./get-template";
import { issueCoupon } from "./issue-coupon";

/** Staff give a coupon to chosen shoppers (e.g. customer-service compensation), all or nothing. */
export async function grantCoupons(actor: StaffActor, templateId: string, userIds: string[], now = new Date()) {
  return db.$transaction(async (tx) => {
    const t = await getWritableTemplate(actor, templateId, tx);
    // shop staff reach only shoppers who ordered in their shop (SPEC §9); others look unknown
    const found = await tx.shopper.findMany({ where: { id: { in: userIds }, ...(actor.shopId ? { orders: { some: { shops: { some: { shopId: actor.shopId } } } } } : {}) }, select: { id: true } });
    const missing = userIds.map((id, i) => [id, i] as const).filter(([id]) => !found.some((f) => f.id === id));
    if (missing.length) throw new AppError("VALIDATION_FAILED", "Unknown shoppers", Object.fromEntries(missing.map(([, i]) => [`userIds.${i}`, "no such shopper"])));
    const ids: string[] = [];
    for (const userId of userIds) ids.push((await issueCoupon(tx, t, userId, "GRANT", now, { grantedBy: actor.id })).id);
    await recordAudit(tx, actor, { action: "grant", entity: "couponTemplate", entityId: templateId, shopId: t.shopId, after: { userIds, couponIds: ids } });
    return { granted: ids.length, couponIds: ids };
  }, { timeout: 60_000 });
}
