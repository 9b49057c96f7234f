import { db } from "@/lib/db/client";
import { bumpPricingVersion } from "@/lib/checkout/pricing-cache";
import { emitEvent } from "@/lib/webhooks/webhook-events";

const SYSTEM = { actorType: "SYSTEM", actorId: "clock", actorName: "clock" };

/**
 * The clock of SPEC §3, with no manual step: approved promotions become ACTIVE at their start
 * (SCHEDULED before it), live ones END at their end, and a promotion whose budget or activity
 * stock is spent ends too. Each change is a conditional update and is audited; running it twice
 * (or on two instances) changes nothing more.
 */
export async function advancePromotionLifecycle(now = new Date()) {
  const changed: { id: string; from: string; to: string; reason?: string }[] = [];
  const move = async (where: object, to: "SCHEDULED" | "ACTIVE" | "ENDED", reason?: string) => {
    const rows = await db.promotion.findMany({ where, select: { id: true, status: true, shopId: true, name: true, type: true } });
    for (const r of rows) {
      // the change, its audit row and its event for the host shop: one transaction
      const done = await db.$transaction(async (tx) => {
        const n = await tx.promotion.updateMany({ where: { id: r.id, status: r.status }, data: { status: to, ...(to === "ENDED" ? { endReason: reason } : {}) } });
        if (!n.count) return false;
        await tx.auditLog.create({ data: { ...SYSTEM, shopId: r.shopId, action: "clock", entity: "promotion", entityId: r.id, before: { status: r.status }, after: { status: to, ...(reason ? { reason } : {}) } } });
        if (to !== "SCHEDULED") await emitEvent(tx, to === "ACTIVE" ? "promotion.activated" : "promotion.ended", [r.shopId], { promotionId: r.id, name: r.name, type: r.type, shopId: r.shopId, status: to, ...(reason ? { reason } : {}) }, now);
        return true;
      });
      if (done) changed.push({ id: r.id, from: r.status, to, reason });
    }
  };
  await move({ status: { in: ["APPROVED", "SCHEDULED", "ACTIVE"] }, endsAt: { lte: now } }, "ENDED", "TIME");
  await move({ status: { in: ["APPROVED", "SCHEDULED"] }, startsAt: { lte: now } }, "ACTIVE");
  await move({ status: "APPROVED", startsAt: { gt: now } }, "SCHEDULED");
  // spent budgets and activity stock (limits are JSON: compared in SQL)
  const spent = await db.$queryRaw<{ id: string; reason: string }[]>`
    SELECT id, CASE WHEN (limits->>'budget') IS NOT NULL AND "budgetUsed" >= (limits->>'budget')::int THEN 'BUDGET' ELSE 'STOCK' END AS reason
      FROM "Promotion"
     WHERE status = 'ACTIVE'
       AND (((limits->>'budget') IS NOT NULL AND "budgetUsed" >= (limits->>'budget')::int)
         OR ((limits->>'totalStock') IS NOT NULL AND "stockUsed" >= (limits->>'totalStock')::int))`;
  for (const s of spent) await move({ id: s.id, status: "ACTIVE" }, "ENDED", s.reason);
  if (changed.length) await bumpPricingVersion();
  return changed;
}
