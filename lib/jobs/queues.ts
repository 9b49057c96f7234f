import { Queue, Worker, type Processor } from "bullmq";
import { createQueueConnection } from "@/lib/redis/client";
import { processState } from "@/lib/process-state";
import { logger, runWithRequestId } from "@/lib/ops/logger";

// Background jobs run on BullMQ (Redis). Queues are created lazily, one per name per process;
// workers start in instrumentation.ts, so every app instance shares the work.
const { queues, connections } = processState("job-queues", () => ({ queues: new Map<string, Queue>(), connections: [] as { quit(): Promise<unknown> }[] }));

export function queue(name: string): Queue {
  let q = queues.get(name);
  if (!q) {
    const connection = createQueueConnection();
    connections.push(connection);
    q = new Queue(name, { connection, defaultJobOptions: { removeOnComplete: 1000, removeOnFail: 5000, attempts: 5, backoff: { type: "exponential", delay: 1000 } } });
    queues.set(name, q);
  }
  return q;
}

/**
 * A worker whose jobs run under the id of the request that queued them (`withRequestId` in their
 * data; else the job's own), so their log lines join the request's; a failure is logged once.
 */
export function startWorker(name: string, processor: Processor, concurrency = 4): Worker {
  const run: Processor = (job, token) =>
    runWithRequestId(String((job.data as { requestId?: string } | undefined)?.requestId ?? `job:${name}:${job.id}`), async () => {
      try {
        return await processor(job, token);
      } catch (e) {
        logger().warn({ queue: name, jobId: job.id, attempt: job.attemptsMade + 1, err: (e as Error).message }, "job failed (retried by the queue)");
        throw e;
      }
    });
  return new Worker(name, run, { connection: createQueueConnection(), concurrency });
}

/** Closes this process's queues and the connections made for them (scripts and tests can then exit). */
export async function closeQueues() {
  await Promise.all([...queues.values()].map((q) => q.close()));
  queues.clear();
  await Promise.all(connections.splice(0).map((c) => c.quit().catch(() => undefined)));
}
