import { pgPool } from "@/lib/db/pg-pool";
import { queue } from "@/lib/jobs/queues";
import { metrics } from "./metrics";

/** The background queues whose depths are reported (lib/jobs). */
const QUEUES = ["order-timeout", "deliveries", "group-buy", "coupon-codes", "coupon-grants", "report-export"];

/** Gauges read at scrape time (queue depths, the webhook outbox), then the whole registry as text. */
export async function metricsText() {
  const m = metrics();
  await Promise.all([
    ...QUEUES.map(async (name) => {
      const counts = await queue(name).getJobCounts("waiting", "active", "delayed", "failed").catch(() => null);
      if (counts) for (const [state, n] of Object.entries(counts)) m.queueDepth.set({ queue: name, state }, n);
    }),
    pgPool()
      .query<{ status: string; n: number }>(`SELECT status::text, count(*)::int AS n FROM "WebhookDelivery" WHERE status <> 'DELIVERED' GROUP BY 1`)
      .then(({ rows }) => {
        m.outbox.reset();
        for (const r of rows) m.outbox.set({ status: r.status }, r.n);
      })
      .catch(() => undefined),
  ]);
  return { contentType: m.registry.contentType, body: await m.registry.metrics() };
}
