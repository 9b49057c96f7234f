import { db } from "@/lib/db/client";
import type { StaffActor } from "@/lib/auth/actor";

/** Audit entries of the actor's scope: shop staff see their shop's entries only. */
export async function listAudit(actor: StaffActor, opts: { entity?: string; entityId?: string; shopId?: string | null; cursor?: string; take?: number }) {
  const take = Math.min(opts.take ?? 50, 200);
  const shopId = actor.shopId ?? opts.shopId ?? undefined;
  const rows = await db.auditLog.findMany({
    where: { ...(shopId ? { shopId } : {}), ...(opts.entity ? { entity: opts.entity } : {}), ...(opts.entityId ? { entityId: opts.entityId } : {}) },
    orderBy: [{ at: "desc" }, { id: "desc" }],
    take: take + 1,
    ...(opts.cursor ? { cursor: { id: opts.cursor }, skip: 1 } : {}),
  });
  const page = rows.slice(0, take);
  return {
    items: page.map((r) => ({ id: r.id, at: r.at.toISOString(), actor: r.actorName, actorType: r.actorType, action: r.action, entity: r.entity, entityId: r.entityId, shopId: r.shopId, before: r.before, after: r.after })),
    nextCursor: rows.length > take ? page[page.length - 1].id : null,
  };
}
