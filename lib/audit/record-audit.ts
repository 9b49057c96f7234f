import type { Actor } from "@/lib/auth/actor";
import { actorLabel } from "@/lib/auth/actor";
import type { Tx } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";

type AuditEntry = {
  action: string;
  entity: string;
  entityId: string;
  shopId: string | null;
  before?: unknown;
  after?: unknown;
};

const asJson = (v: unknown) => (v === undefined || v === null ? undefined : (JSON.parse(JSON.stringify(v)) as Prisma.InputJsonValue));

/** Written in the same transaction as the change it records, so neither exists without the other. */
export async function recordAudit(tx: Tx, actor: Actor, e: AuditEntry) {
  await tx.auditLog.create({
    data: {
      actorType: actor.kind === "staff" ? (actor.via === "apiKey" ? "API_KEY" : "STAFF") : "SHOPPER",
      actorId: actor.id,
      actorName: actorLabel(actor),
      shopId: e.shopId,
      action: e.action,
      entity: e.entity,
      entityId: e.entityId,
      before: asJson(e.before),
      after: asJson(e.after),
    },
  });
}
