// npm run bench:report — prints figures, asserts nothing. A fresh benchmark database with the demo
// data plus 1,000,000 events and 100,000 orders (scripts/gen-events.ts), then the time to build
// one promotion's report (GET /api/admin/promotions/{id}/report's work): first (cold) and warm runs.
import { execFileSync } from "node:child_process";
import { prepareBenchDatabase } from "../bench/server";

const DB = "promo_bench_report";
process.env.DATABASE_URL = `postgresql://postgres@127.0.0.1:5432/${DB}`;
prepareBenchDatabase(DB);
const out = execFileSync("npx", ["tsx", "scripts/gen-events.ts", "--count", process.env.EVENTS ?? "1000000", "--orders", process.env.ORDERS ?? "100000"], { encoding: "utf8", env: process.env });
console.log(out.trim().split("\n")[0]);
const promotionId = /PROMOTION_ID=(\S+)/.exec(out)![1];

const { promotionReport } = await import("@/lib/analytics/promotion-report");
const { db } = await import("@/lib/db/client");
const actor = { kind: "staff", id: "bench", name: "bench", role: "ANALYST", shopId: null, via: "session" } as const;
const times: number[] = [];
let last;
for (let i = 0; i < 6; i++) {
  const t = performance.now();
  last = await promotionReport(actor, promotionId);
  times.push(performance.now() - t);
}
console.log(`report of ${last!.orders} paid orders, ${last!.viewers} viewers, ${last!.series.length} ${last!.bucket} buckets: first ${times[0].toFixed(0)} ms, warm median ${[...times.slice(1)].sort((a, b) => a - b)[2].toFixed(0)} ms (target ≤ 2000 ms)`);
console.log(`GMV ${last!.gmv} cents, cost ${last!.discountCost} cents, ROI ${last!.roi?.toFixed(2)}, new customers ${last!.newCustomers}`);
await db.$disconnect();
