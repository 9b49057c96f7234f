import { db } from "@/lib/db/client";
import { startWorker } from "./queues";

/**
 * A worker for jobs tracked in the Job table: runs `run(jobId)` one at a time and marks the job
 * FAILED with the error when it throws (BullMQ then retries it; `run` must be restartable).
 */
export function startJobWorker(queueName: string, run: (jobId: string) => Promise<unknown>) {
  return startWorker(
    queueName,
    async (j) => {
      const { jobId } = j.data as { jobId: string };
      try {
        await run(jobId);
      } catch (e) {
        await db.job.update({ where: { id: jobId }, data: { status: "FAILED", error: (e as Error).message } }).catch(() => {});
        throw e;
      }
    },
    1,
  );
}
