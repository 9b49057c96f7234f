import { withRequestId } from "@/lib/ops/logger";
import { db } from "@/lib/db/client";
import type { StaffActor } from "@/lib/auth/actor";
import { AppError } from "@/lib/api/errors";
import { recordAudit } from "@/lib/audit/record-audit";
import { bounded } from "@/lib/redis/client";
import { queue } from "@/lib/jobs/queues";
import { startJobWorker } from "@/lib/jobs/job-worker";
import { jobOnce } from "@/lib/jobs/job-once";
import { audienceOf } from "@/lib/segments/segment-members";
import { assertCanRead } from "@/lib/auth/guards";
import { invalidField } from "@/lib/api/errors";
import { getWritableTemplate } from "./get-template";
import { issueCoupon } from "./issue-coupon";

export const GRANT_QUEUE = "coupon-grants";
const BATCH = 200;

/** Grant a coupon to every shopper of a segment, as a background job with progress. */
export async function requestSegmentGrant(actor: StaffActor, templateId: string, segmentId: string, idempotencyKey?: string) {
  return jobOnce(actor.id, idempotencyKey, () => startSegmentGrant(actor, templateId, segmentId, idempotencyKey));
}

async function startSegmentGrant(actor: StaffActor, templateId: string, segmentId: string, idempotencyKey?: string) {
  const t = await getWritableTemplate(actor, templateId);
  // a segment of another shop looks unknown; shop staff reach only their shop's customers
  const segment = await db.segment.findUnique({ where: { id: segmentId }, select: { shopId: true } });
  if (!segment) throw invalidField("segmentId", "no such segment");
  try {
    assertCanRead(actor, segment.shopId, "segment");
  } catch {
    throw invalidField("segmentId", "no such segment");
  }
  const members = await audienceOf(segmentId, actor.shopId);
  if (members.length > t.totalQuantity - t.issuedCount) throw new AppError("VALIDATION_FAILED", "The segment is larger than the coupons left", { segmentId: `${members.length} shoppers, ${t.totalQuantity - t.issuedCount} coupons left` });
  const job = await db.$transaction(async (tx) => {
    const j = await tx.job.create({ data: { type: "coupon-grant", total: members.length, params: { templateId, segmentId, scopeShopId: actor.shopId }, shopId: t.shopId, createdBy: actor.id, idempotencyKey } });
    await recordAudit(tx, actor, { action: "grant-segment", entity: "couponTemplate", entityId: templateId, shopId: t.shopId, after: { segmentId, shoppers: members.length, jobId: j.id } });
    return j;
  });
  await bounded(queue(GRANT_QUEUE).add("grant", withRequestId({ jobId: job.id }), { jobId: job.id })).catch(() => undefined); // the clock re-queues it if Redis is away
  return { jobId: job.id };
}

/**
 * Grants in batches. Each coupon carries the request key grant:<job>:<shopper>, unique, so a
 * retried or resumed job never gives anyone a second coupon.
 */
export async function runGrantJob(jobId: string, now = new Date()) {
  const job = await db.job.findUniqueOrThrow({ where: { id: jobId } });
  if (job.status === "DONE") return;
  const { templateId, segmentId, scopeShopId } = job.params as { templateId: string; segmentId: string; scopeShopId?: string | null };
  await db.job.update({ where: { id: jobId }, data: { status: "RUNNING", startedAt: job.startedAt ?? now } });
  // shop staff's grants reach their shop's customers only (SPEC §9), as when the job was requested
  const members = await audienceOf(segmentId, scopeShopId ?? null);
  let done = 0;
  for (let i = 0; i < members.length; i += BATCH) {
    const batch = members.slice(i, i + BATCH);
    await db.$transaction(async (tx) => {
      const t = await tx.couponTemplate.findUniqueOrThrow({ where: { id: templateId } });
      const given = new Set((await tx.userCoupon.findMany({ where: { requestKey: { in: batch.map((s) => `grant:${jobId}:${s}`) } }, select: { shopperId: true } })).map((c) => c.shopperId));
      for (const shopperId of batch) if (!given.has(shopperId)) await issueCoupon(tx, t, shopperId, "GRANT", now, { grantedBy: job.createdBy ?? "job", requestKey: `grant:${jobId}:${shopperId}` });
    }, { timeout: 60_000 });
    done += batch.length;
    await db.job.update({ where: { id: jobId }, data: { processed: done } });
  }
  await db.job.update({ where: { id: jobId }, data: { status: "DONE", processed: done, result: { granted: done }, finishedAt: new Date() } });
}

export function startGrantWorker() {
  return startJobWorker(GRANT_QUEUE, runGrantJob);
}
