// npm run bench:orders — prints figures, asserts nothing (issue 12). The production server places
// orders while 50 concurrent shoppers each submit coupon-free orders of one unit of the same hot
// SKU for 10 s (BENCH_SECONDS): orders/s, p50 and p99, the statuses, and afterwards whether the
// stock and the orders reconcile. `--no-build` reuses the last production build.
import { execFileSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { prepareBenchDatabase, startServer } from "../bench/server";

const DB = "promo_bench_orders";
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const CONNECTIONS = 50;
const usersFile = join(tmpdir(), "bench-order-users.json");
process.env.DATABASE_URL = `postgresql://postgres@127.0.0.1:5432/${DB}`;
process.env.REDIS_URL = "redis://127.0.0.1:6379/5";

prepareBenchDatabase(DB);
execFileSync("redis-cli", ["-n", "5", "flushdb"]);
if (!process.argv.includes("--no-build")) execFileSync("npm", ["run", "build"], { stdio: "ignore" });

const { db } = await import("@/lib/db/client");
const { createApiKey } = await import("@/lib/api-keys/create-api-key");
await db.shopper.createMany({ data: Array.from({ length: CONNECTIONS }, (_, i) => ({ name: `order bench ${i}`, externalId: `bench-order-${i}`, firstOrderDone: true })) });
const users = (await db.shopper.findMany({ where: { externalId: { startsWith: "bench-order-" } }, select: { id: true } })).map((s) => s.id);
writeFileSync(usersFile, JSON.stringify(users));
const key = (await createApiKey({ kind: "system" }, { name: "bench-orders", role: "ADMIN", shopId: null })).key;
const sku = await db.sku.findFirstOrThrow({ where: { code: "WATCH-42" } });
await db.sku.update({ where: { id: sku.id }, data: { stock: 1_000_000 } });
const heldBy = async () => (await db.$queryRaw<{ held: number }[]>`SELECT coalesce(sum(l.quantity), 0)::int AS held FROM "OrderLine" l JOIN "Order" o ON o.id = l."orderId" WHERE l."skuId" = ${sku.id} AND o.status = 'PENDING_PAYMENT'`)[0].held;
// the demo data's own orders of this SKU are not part of the million
const heldBefore = await heldBy();

const server = await startServer(3310, { DATABASE_URL: process.env.DATABASE_URL!, REDIS_URL: process.env.REDIS_URL!, NEXTAUTH_SECRET: "bench-secret-0123456789", NEXTAUTH_URL: "http://localhost:3310", DISABLE_WORKERS: "1", API_RATE_LIMIT_PER_MINUTE: "100000000" });
try {
  const run = (seconds: number) => JSON.parse(execFileSync("taskset", ["-c", "1", "node", "--import", "tsx", "bench/post-load.ts", "order", "http://127.0.0.1:3310/api/orders", String(CONNECTIONS), String(seconds), key, sku.id, usersFile], { encoding: "utf8", maxBuffer: 1 << 24 }).trim().split("\n").pop()!);
  run(3); // warm-up
  const before = await db.order.count();
  const r = run(SECONDS);
  const placed = (await db.order.count()) - before;
  // requests still in flight when the load stops may commit meanwhile: wait, then read both in one statement (one snapshot)
  await new Promise((r) => setTimeout(r, 3_000));
  const [{ held: heldNow, left }] = await db.$queryRaw<{ held: number; left: number }[]>`SELECT (SELECT coalesce(sum(l.quantity), 0)::int FROM "OrderLine" l JOIN "Order" o ON o.id = l."orderId" WHERE l."skuId" = ${sku.id} AND o.status = 'PENDING_PAYMENT') AS held, (SELECT stock FROM "Sku" WHERE id = ${sku.id}) AS left`;
  const held = heldNow - heldBefore;
  console.log(`${CONNECTIONS} shoppers × ${SECONDS} s on one hot SKU: ${r.reqPerSec} orders/s · p50 ${r.p50Ms} ms · p99 ${r.p99Ms} ms · ${JSON.stringify(r.results)} · ${placed} orders written · stock left + units in the new unpaid orders = ${left + held} (was 1,000,000)`);
} finally {
  server.kill("SIGKILL");
  await db.$disconnect();
  const { redis } = await import("@/lib/redis/client");
  redis.disconnect();
}
