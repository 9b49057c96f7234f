import { withRequestId } from "@/lib/ops/logger";
import { randomBytes } from "node:crypto";
import { db, type Tx } from "@/lib/db/client";
import type { StaffActor } from "@/lib/auth/actor";
import { AppError } from "@/lib/api/errors";
import { recordAudit } from "@/lib/audit/record-audit";
import { bounded } from "@/lib/redis/client";
import { queue } from "@/lib/jobs/queues";
import { startJobWorker } from "@/lib/jobs/job-worker";
import { jobOnce } from "@/lib/jobs/job-once";
import { JobFileWriter } from "@/lib/jobs/job-file";
import type { CodesBody } from "./coupon-schemas";
import { getWritableTemplate } from "./get-template";

export const CODES_QUEUE = "coupon-codes";
const BATCH = 5_000;
// no 0/O/1/I: codes are read and typed by people
const ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";

function newCode(length = 12) {
  const bytes = randomBytes(length);
  let s = "";
  for (let i = 0; i < length; i++) s += ALPHABET[bytes[i] % ALPHABET.length];
  return s;
}

/**
 * Bulk unique single-use codes run as a background job (progress in the Job row, the CSV in the database at the end);
 * a shared code is created at once. Either way the answer is a job id.
 */
export async function requestCodes(actor: StaffActor, templateId: string, body: CodesBody) {
  return jobOnce(actor.id, body.idempotencyKey, () => startCodes(actor, templateId, body));
}

async function startCodes(actor: StaffActor, templateId: string, body: CodesBody) {
  return db.$transaction(async (tx) => {
    const t = await getWritableTemplate(actor, templateId, tx);
    if ("code" in body) {
      if (await tx.redemptionCode.findUnique({ where: { code: body.code } })) throw new AppError("CONFLICT", "This code is taken", { code: "already exists" });
      const code = await tx.redemptionCode.create({ data: { templateId, code: body.code, singleUse: false } });
      const job = await tx.job.create({ data: { type: "coupon-code-shared", status: "DONE", total: 1, processed: 1, params: { templateId }, result: { code: code.code }, shopId: t.shopId, createdBy: actor.id, idempotencyKey: body.idempotencyKey, finishedAt: new Date() } });
      await recordAudit(tx, actor, { action: "create-code", entity: "couponTemplate", entityId: templateId, shopId: t.shopId, after: { code: code.code } });
      return { jobId: job.id };
    }
    const left = await codesLeft(tx, t);
    if (body.count > left) throw new AppError("VALIDATION_FAILED", "More codes than coupons left on the template", { count: `at most ${left}` });
    const job = await tx.job.create({ data: { type: "coupon-codes", total: body.count, params: { templateId, count: body.count }, shopId: t.shopId, createdBy: actor.id, idempotencyKey: body.idempotencyKey } });
    await recordAudit(tx, actor, { action: "generate-codes", entity: "couponTemplate", entityId: templateId, shopId: t.shopId, after: { count: body.count, jobId: job.id } });
    return { jobId: job.id, enqueue: true };
  }).then(async (r) => {
    if ("enqueue" in r) await bounded(queue(CODES_QUEUE).add("generate", withRequestId({ jobId: r.jobId }), { jobId: r.jobId, attempts: 3 })).catch(() => undefined); // the clock re-queues it if Redis is away
    return { jobId: r.jobId };
  });
}

/**
 * How many more single-use codes the template can take: codes not yet redeemed are promises of
 * coupons, so they (and codes still being generated) count against what is left. The code
 * generator's label and default use the same number the server checks.
 */
export async function codesLeft(tx: Tx | typeof db, t: { id: string; totalQuantity: number; issuedCount: number }) {
  const outstanding = await tx.redemptionCode.count({ where: { templateId: t.id, singleUse: true, usedCount: 0 } });
  const pendingJobs = await tx.job.findMany({ where: { type: "coupon-codes", status: { in: ["QUEUED", "RUNNING"] }, params: { path: ["templateId"], equals: t.id } }, select: { total: true, processed: true } });
  return Math.max(0, t.totalQuantity - t.issuedCount - outstanding - pendingJobs.reduce((a, j) => a + j.total - j.processed, 0));
}

/** The worker's part: resumable (counts what exists), so a retried job never makes extra codes. */
export async function runCodesJob(jobId: string) {
  const job = await db.job.findUniqueOrThrow({ where: { id: jobId } });
  if (job.status === "DONE") return;
  const { templateId, count } = job.params as { templateId: string; count: number };
  await db.job.update({ where: { id: jobId }, data: { status: "RUNNING", startedAt: job.startedAt ?? new Date() } });
  let made = await db.redemptionCode.count({ where: { jobId } });
  while (made < count) {
    const n = Math.min(BATCH, count - made);
    const r = await db.redemptionCode.createMany({ data: Array.from({ length: n }, () => ({ templateId, code: newCode(), singleUse: true, jobId })), skipDuplicates: true });
    made += r.count;
    await db.job.update({ where: { id: jobId }, data: { processed: made } });
  }
  const out = await JobFileWriter.open(jobId);
  await out.write("code\n");
  for (let cursor: string | undefined; ; ) {
    const page = await db.redemptionCode.findMany({ where: { jobId }, select: { id: true, code: true }, orderBy: { id: "asc" }, take: 10_000, ...(cursor ? { cursor: { id: cursor }, skip: 1 } : {}) });
    if (!page.length) break;
    await out.write(page.map((c) => c.code).join("\n") + "\n");
    cursor = page[page.length - 1].id;
  }
  await out.close();
  await db.job.update({ where: { id: jobId }, data: { status: "DONE", processed: made, resultUrl: `/api/admin/jobs/${jobId}/download`, finishedAt: new Date() } });
}

export function startCodesWorker() {
  return startJobWorker(CODES_QUEUE, runCodesJob);
}

