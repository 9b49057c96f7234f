import { db } from "@/lib/db/client";
import { queue } from "./queues";

/** Job rows (the source of truth) → the BullMQ queue that runs them. */
export const JOB_QUEUES: Record<string, string> = { "coupon-codes": "coupon-codes", "coupon-grant": "coupon-grants", "report-export": "report-export", delivery: "deliveries" };
const GRACE_MS = 15_000;

/**
 * A background job whose queue entry was lost (a Redis restart, failover or flush) would stay
 * "queued" forever: every job row still QUEUED or RUNNING after a grace period whose queue entry
 * is gone, or has failed for good, is added again under its own id (adding an id that exists is a
 * no-op, and the workers are restartable, so a job never runs twice at once or half).
 */
export async function requeueLostJobs(now = new Date()) {
  const open = await db.job.findMany({ where: { status: { in: ["QUEUED", "RUNNING"] }, createdAt: { lt: new Date(now.getTime() - GRACE_MS) } }, select: { id: true, type: true }, take: 200 });
  let requeued = 0;
  for (const j of open) {
    const name = JOB_QUEUES[j.type];
    if (!name) continue;
    const q = queue(name);
    const entry = await q.getJob(j.id);
    const state = entry ? await entry.getState() : "missing";
    if (state === "missing" || state === "unknown" || state === "completed" || state === "failed") {
      if (entry) await entry.remove().catch(() => undefined);
      await q.add("run", { jobId: j.id }, { jobId: j.id, attempts: 3 });
      requeued++;
    }
  }
  return requeued;
}
