import { db } from "@/lib/db/client";
import type { StaffActor } from "@/lib/auth/actor";
import { assertCanWrite } from "@/lib/auth/guards";
import { AppError, notFound } from "@/lib/api/errors";
import { recordAudit } from "@/lib/audit/record-audit";
import { queueDelivery } from "./create-delivery";

/**
 * An APPROVER (or admin) of the delivery's shop approves or rejects a delivery that waits for
 * approval — not one they made themselves. One conditional update: two approvers clicking at once
 * make one decision and one INVALID_STATE. Approved: queued for its time (or now, if that passed).
 */
export async function decideDelivery(actor: StaffActor, id: string, decision: "approve" | "reject", note: string | undefined, now = new Date()) {
  const d = await db.delivery.findUnique({ where: { id } });
  if (!d || d.automationId) throw notFound("delivery");
  assertCanWrite(actor, d.shopId, "delivery");
  if (d.createdBy === actor.id) throw new AppError("FORBIDDEN", "A delivery is approved by someone other than who made it");
  const approval = decision === "approve" ? "APPROVED" : "REJECTED";
  const done = await db.$transaction(async (tx) => {
    const n = await tx.delivery.updateMany({ where: { id, approval: "PENDING" }, data: { approval, decidedBy: actor.id, decidedAt: now, decisionNote: note ?? null } });
    if (n.count === 0) throw new AppError("INVALID_STATE", `This delivery is not waiting for approval (${d.approval})`);
    if (approval === "REJECTED") await tx.job.update({ where: { id: d.jobId }, data: { status: "DONE", result: { rejected: true }, finishedAt: now } });
    await recordAudit(tx, actor, { action: `delivery.${decision}`, entity: "delivery", entityId: id, shopId: d.shopId, before: { approval: d.approval }, after: { approval, note } });
    return tx.delivery.findUniqueOrThrow({ where: { id } });
  });
  if (approval === "APPROVED") await queueDelivery({ jobId: done.jobId, sendAt: done.sendAt < now ? now : done.sendAt });
  return done;
}
