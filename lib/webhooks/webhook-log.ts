import { db } from "@/lib/db/client";
import type { StaffActor } from "@/lib/auth/actor";
import { recordAudit } from "@/lib/audit/record-audit";
import { notFound } from "@/lib/api/errors";

/** The delivery log, newest first, of the subscriptions the actor may see (keyset paging by id). */
export async function listDeliveries(actor: StaffActor, q: { subscriptionId?: string; status?: "PENDING" | "DELIVERED" | "FAILED"; cursor?: string; take: number }) {
  const rows = await db.webhookDelivery.findMany({
    where: { ...(q.subscriptionId ? { subscriptionId: q.subscriptionId } : {}), ...(q.status ? { status: q.status } : {}), ...(actor.shopId ? { subscription: { shopId: actor.shopId } } : {}) },
    include: { event: { select: { type: true, createdAt: true } }, subscription: { select: { url: true } }, log: { orderBy: { at: "desc" }, take: 5 } },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: q.take + 1,
    ...(q.cursor ? { cursor: { id: q.cursor }, skip: 1 } : {}),
  });
  const page = rows.slice(0, q.take);
  return {
    items: page.map((d) => ({
      id: d.id,
      eventId: d.eventId,
      type: d.event.type,
      url: d.subscription.url,
      subscriptionId: d.subscriptionId,
      status: d.status,
      attempts: d.attempts,
      lastStatus: d.lastStatus,
      lastError: d.lastError,
      nextAttemptAt: d.status === "PENDING" ? d.nextAttemptAt.toISOString() : null,
      deliveredAt: d.deliveredAt?.toISOString() ?? null,
      createdAt: d.createdAt.toISOString(),
      log: d.log.map((a) => ({ at: a.at.toISOString(), status: a.status, error: a.error, durationMs: a.durationMs })),
    })),
    nextCursor: rows.length > q.take ? page[page.length - 1].id : null,
  };
}

/** Sends a delivery again now (delivered, failed or waiting): the same event id, so receivers dedupe. */
export async function replayDelivery(actor: StaffActor, id: string, now = new Date()) {
  const d = await db.webhookDelivery.findUnique({ where: { id }, include: { subscription: { select: { shopId: true } } } });
  if (!d || (actor.shopId && d.subscription.shopId !== actor.shopId)) throw notFound("delivery");
  return db.$transaction(async (tx) => {
    await tx.webhookDelivery.update({ where: { id }, data: { status: "PENDING", nextAttemptAt: now } });
    await recordAudit(tx, actor, { action: "replay", entity: "webhook-delivery", entityId: id, shopId: d.subscription.shopId, before: { status: d.status } });
    return { id, status: "PENDING" as const };
  });
}
