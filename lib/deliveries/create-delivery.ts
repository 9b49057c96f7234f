import { withRequestId } from "@/lib/ops/logger";
import { db } from "@/lib/db/client";
import type { StaffActor } from "@/lib/auth/actor";
import { assertCanRead, targetShop } from "@/lib/auth/guards";
import { AppError, invalidField } from "@/lib/api/errors";
import { recordAudit } from "@/lib/audit/record-audit";
import { bounded } from "@/lib/redis/client";
import { queue } from "@/lib/jobs/queues";
import { isUniqueViolation } from "@/lib/jobs/job-once";
import { getWritableTemplate } from "@/lib/coupons/get-template";
import { audienceOf } from "@/lib/segments/segment-members";
import type { CreateDeliveryBody } from "./delivery-schemas";

export const DELIVERY_QUEUE = "deliveries";

/**
 * 精准触达: a message (and optionally a coupon) to a segment, now or at `sendAt`. Checked before
 * anything is saved — the segment reachable and not empty, the coupon template writable with
 * enough coupons left, the time not past — then the delivery and its job are created together and
 * the job queued (delayed until `sendAt`). One click = one delivery: the idempotency key is unique
 * per staff member (on the job), so a double click or a retried request answers the first.
 */
export async function createDelivery(actor: StaffActor, body: CreateDeliveryBody, now = new Date()) {
  const prior = async () => {
    if (!body.idempotencyKey) return null;
    const job = await db.job.findUnique({ where: { createdBy_idempotencyKey: { createdBy: actor.id, idempotencyKey: body.idempotencyKey } }, select: { id: true } });
    return job ? db.delivery.findUnique({ where: { jobId: job.id } }) : null;
  };
  const first = await prior();
  if (first) return { delivery: first, replayed: true };
  try {
    return { delivery: await create(actor, body, now), replayed: false };
  } catch (e) {
    const again = isUniqueViolation(e) ? await prior() : null;
    if (again) return { delivery: again, replayed: true };
    throw e;
  }
}

async function create(actor: StaffActor, body: CreateDeliveryBody, now: Date) {
  const shopId = targetShop(actor, null, true);
  const segment = await db.segment.findUnique({ where: { id: body.segmentId } });
  if (!segment) throw invalidField("segmentId", "no such segment");
  try {
    assertCanRead(actor, segment.shopId, "segment");
  } catch {
    throw invalidField("segmentId", "no such segment");
  }
  const sendAt = body.sendAt ?? now;
  if (sendAt.getTime() < now.getTime() - 60_000) throw invalidField("sendAt", "is in the past");
  const template = body.couponTemplateId ? await getWritableTemplate(actor, body.couponTemplateId).catch(() => null) : null;
  if (body.couponTemplateId && !template) throw invalidField("couponTemplateId", "no such coupon template");
  const audience = await audienceOf(segment.id, shopId, now);
  if (!audience.length) throw invalidField("segmentId", "the segment has no shoppers this delivery can reach");
  if (template && audience.length > template.totalQuantity - template.issuedCount) throw new AppError("VALIDATION_FAILED", "The segment is larger than the coupons left", { couponTemplateId: `${audience.length} shoppers, ${template.totalQuantity - template.issuedCount} coupons left` });

  const threshold = await approvalThreshold(shopId);
  const approval = audience.length > threshold ? "PENDING" : "NONE";

  const delivery = await db.$transaction(async (tx) => {
    const rows = body.channels.length + (template ? 1 : 0);
    const job = await tx.job.create({ data: { type: "delivery", total: audience.length * rows, params: {}, shopId, createdBy: actor.id, idempotencyKey: body.idempotencyKey } });
    const d = await tx.delivery.create({
      data: { shopId, name: body.name, segmentId: segment.id, channels: body.channels, title: body.title, body: body.body, html: body.html ?? null, link: body.link ?? null, couponTemplateId: template?.id ?? null, sendAt, jobId: job.id, createdBy: actor.id, approval, audienceSize: audience.length },
    });
    await tx.job.update({ where: { id: job.id }, data: { params: { deliveryId: d.id } } });
    await recordAudit(tx, actor, { action: "delivery.create", entity: "delivery", entityId: d.id, shopId, after: { name: d.name, segmentId: d.segmentId, channels: d.channels, couponTemplateId: d.couponTemplateId, sendAt: d.sendAt, audience: audience.length, approval } });
    return d;
  });
  if (approval === "NONE") await queueDelivery(delivery);
  return delivery;
}

/** A delivery to more shoppers than this waits for an APPROVER: the shop's setting, or the platform's. */
export async function approvalThreshold(shopId: string | null) {
  if (shopId) return (await db.shop.findUniqueOrThrow({ where: { id: shopId }, select: { deliveryApprovalAbove: true } })).deliveryApprovalAbove;
  return (await db.platform.findUnique({ where: { id: "platform" }, select: { deliveryApprovalAbove: true } }))?.deliveryApprovalAbove ?? 5000;
}

/** Queues the run for `sendAt` (the clock re-queues it if Redis is away; the run waits for sendAt whenever it starts). */
export async function queueDelivery(d: { jobId: string; sendAt: Date }) {
  await bounded(queue(DELIVERY_QUEUE).add("run", withRequestId({ jobId: d.jobId }), { jobId: d.jobId, delay: Math.max(0, d.sendAt.getTime() - Date.now()) })).catch(() => undefined);
}
