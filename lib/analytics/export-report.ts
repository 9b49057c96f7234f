import { db } from "@/lib/db/client";
import type { StaffActor } from "@/lib/auth/actor";
import { assertCanRead } from "@/lib/auth/guards";
import { forbidden, notFound } from "@/lib/api/errors";
import { bounded } from "@/lib/redis/client";
import { queue } from "@/lib/jobs/queues";
import { startJobWorker } from "@/lib/jobs/job-worker";
import { jobOnce } from "@/lib/jobs/job-once";
import { JobFileWriter } from "@/lib/jobs/job-file";

export const EXPORT_QUEUE = "report-export";
const PAGE = 2_000;
const HEADER = "order_id,paid_at,status,shopper_id,sku_id,quantity,list_amount_cents,promotion_discount_cents,payable_cents,refunded_cents\n";

/**
 * CSV of a promotion's paid orders, one row per order line with the promotion's ledger discount —
 * the rows a finance person reconciles the report with. Runs as a background job (progress in
 * the Job row, the file behind /api/admin/jobs/{id}/download).
 */
export async function requestReportExport(actor: StaffActor, promotionId: string, idempotencyKey?: string) {
  const r = await jobOnce(actor.id, idempotencyKey, () => startExport(actor, promotionId, idempotencyKey));
  const job = await db.job.findUniqueOrThrow({ where: { id: r.jobId }, select: { total: true } });
  return { jobId: r.jobId, total: job.total };
}

async function startExport(actor: StaffActor, promotionId: string, idempotencyKey?: string) {
  const p = await db.promotion.findUnique({ where: { id: promotionId }, select: { id: true, shopId: true } });
  if (!p) throw notFound("promotion");
  assertCanRead(actor, p.shopId, "promotion");
  if (actor.shopId && p.shopId === null) throw forbidden("Exports of platform promotions are for platform staff");
  const total = await db.promotionParticipation.count({ where: { promotionId, order: { paidAt: { not: null } } } });
  const job = await db.job.create({ data: { type: "report-export", total, params: { promotionId }, shopId: p.shopId, createdBy: actor.id, idempotencyKey } });
  await bounded(queue(EXPORT_QUEUE).add("export", { jobId: job.id }, { jobId: job.id, attempts: 3 })).catch(() => undefined); // the clock re-queues it if Redis is away
  return { jobId: job.id, total };
}

const csv = (v: unknown) => {
  const s = v instanceof Date ? v.toISOString() : String(v ?? "");
  return /[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};

/** The worker's part: pages through the orders by id (restartable: it rewrites the file). */
export async function runReportExport(jobId: string) {
  const job = await db.job.findUniqueOrThrow({ where: { id: jobId } });
  if (job.status === "DONE") return;
  const { promotionId } = job.params as { promotionId: string };
  // a shop's promotion exports that shop's lines only (mixed-shop orders hold others' goods)
  const shop = (await db.promotion.findUniqueOrThrow({ where: { id: promotionId }, select: { shopId: true } })).shopId;
  await db.job.update({ where: { id: jobId }, data: { status: "RUNNING", startedAt: new Date(), processed: 0 } });
  const out = await JobFileWriter.open(jobId);
  await out.write(HEADER);
  let done = 0;
  for (let cursor: string | undefined; ; ) {
    const parts = await db.promotionParticipation.findMany({
      where: { promotionId, order: { paidAt: { not: null } } },
      orderBy: { id: "asc" },
      take: PAGE,
      ...(cursor ? { cursor: { id: cursor }, skip: 1 } : {}),
      select: { id: true, order: { select: { id: true, paidAt: true, status: true, shopperId: true, lines: { where: shop ? { shopId: shop } : {}, include: { discounts: { where: { promotionId } } } } } } },
    });
    if (!parts.length) break;
    for (const { order: o } of parts)
      for (const l of o.lines)
        await out.write([o.id, o.paidAt, o.status, o.shopperId, l.skuId, l.quantity, l.listAmount, l.discounts.reduce((a, d) => a + d.amount, 0), l.payable, l.refundedAmount - l.refundDeducted].map(csv).join(",") + "\n");
    done += parts.length;
    cursor = parts[parts.length - 1].id;
    await db.job.update({ where: { id: jobId }, data: { processed: done } });
  }
  await out.close();
  await db.job.update({ where: { id: jobId }, data: { status: "DONE", processed: done, total: Math.max(done, job.total), resultUrl: `/api/admin/jobs/${jobId}/download`, finishedAt: new Date() } });
}

export function startExportWorker() {
  return startJobWorker(EXPORT_QUEUE, runReportExport);
}
