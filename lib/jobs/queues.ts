import { Queue, Worker, type Processor } from "bullmq";
import { createQueueConnection } from "@/lib/redis/client";
import { processState } from "@/lib/process-state";

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

export function startWorker(name: string, processor: Processor, concurrency = 4): Worker {
  return new Worker(name, processor, { connection: createQueueConnection(), concurrency });
}

/** Closes this process's queues and the connections made for them (scripts and tests can then exit). */
export async function closeQueues() {
  await Promise.all([...queues.values()].map((q) => q.close()));
  queues.clear();
  await Promise.all(connections.splice(0).map((c) => c.quit().catch(() => undefined)));
}
