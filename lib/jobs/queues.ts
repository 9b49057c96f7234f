import { Queue, Worker, type Processor } from "bullmq";
import { createQueueConnection } from "@/lib/redis/client";

// Background jobs run on BullMQ (Redis). Queues are created lazily, one per name per process;
// workers start in instrumentation.ts, so every app instance shares the work.
const queues = new Map<string, Queue>();

export function queue(name: string): Queue {
  let q = queues.get(name);
  if (!q) {
    q = new Queue(name, { connection: createQueueConnection(), defaultJobOptions: { removeOnComplete: 1000, removeOnFail: 5000, attempts: 5, backoff: { type: "exponential", delay: 1000 } } });
    queues.set(name, q);
  }
  return q;
}

export function startWorker(name: string, processor: Processor, concurrency = 4): Worker {
  return new Worker(name, processor, { connection: createQueueConnection(), concurrency });
}

export async function closeQueues() {
  await Promise.all([...queues.values()].map((q) => q.close()));
  queues.clear();
}
