// npm run bench:pricing — prints figures, asserts nothing.
// (a) priceCart in-process on a 20-line / 3-shop / 50-promotion / 20-coupon cart;
// (b) POST /api/checkout/price on the production server (its Node fast path) vs the bare Next.js
//     route GET /api/health, same server, same run.
import { execFileSync } from "node:child_process";
import { benchInProcess } from "../bench/in-process-pricing";
import { load } from "../bench/autocannon-run";
import { prepareBenchDatabase, startServer } from "../bench/server";

const DB = "promo_bench";
const PORT = 3200;
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);

const a = benchInProcess();
console.log(`(a) in-process priceCart: median ${a.medianMs.toFixed(3)} ms, p99 ${a.p99Ms.toFixed(3)} ms over ${a.iterations} carts`, a.cart);
const a2 = benchInProcess(3000, { newKinds: true });
console.log(`(a') the same cart with 7 more candidates of the new kinds (组合价, N元任选, 加价购, 预售): median ${a2.medianMs.toFixed(3)} ms, p99 ${a2.p99Ms.toFixed(3)} ms`, a2.cart);

process.env.DATABASE_URL = `postgresql://postgres@127.0.0.1:5432/${DB}`;
process.env.REDIS_URL = "redis://127.0.0.1:6379/3";
prepareBenchDatabase(DB);
execFileSync("redis-cli", ["-n", "3", "flushdb"]);
if (!process.argv.includes("--no-build")) execFileSync("npm", ["run", "build"], { stdio: "ignore" });

const { setupBenchCart } = await import("../bench/http-cart");
const { key, body } = await setupBenchCart();
const server = await startServer(PORT, {
  DATABASE_URL: process.env.DATABASE_URL,
  REDIS_URL: process.env.REDIS_URL,
  NEXTAUTH_SECRET: "bench-secret-0123456789",
  NEXTAUTH_URL: `http://localhost:${PORT}`,
  API_RATE_LIMIT_PER_MINUTE: "100000000",
  SESSION_RATE_LIMIT_PER_MINUTE: "100000000",
});
try {
  const check = await fetch(`http://127.0.0.1:${PORT}/api/checkout/price`, { method: "POST", headers: { authorization: `Bearer ${key}`, "content-type": "application/json" }, body });
  const priced = await check.json();
  console.log(`(b) cart over HTTP: ${priced.lines.length} lines, ${priced.applied.length} applied, ${priced.coupons.selected.length} coupons selected, total ${priced.total}`);
  const headers = { authorization: `Bearer ${key}`, "content-type": "application/json" };
  // warm both routes (JIT, caches, connection pools) before measuring
  await load(`http://127.0.0.1:${PORT}/api/health`, 10, 3);
  await load(`http://127.0.0.1:${PORT}/api/checkout/price`, 10, 3, { method: "POST", headers, body });
  for (const connections of [10, 50]) {
    const bare = await load(`http://127.0.0.1:${PORT}/api/health`, connections, SECONDS);
    const price = await load(`http://127.0.0.1:${PORT}/api/checkout/price`, connections, SECONDS, { method: "POST", headers: { authorization: `Bearer ${key}`, "content-type": "application/json" }, body });
    console.log(
      `(b) ${connections} connections: bare ${bare.reqPerSec} req/s (p50 ${bare.p50Ms} ms, p99 ${bare.p99Ms} ms) · price ${price.reqPerSec} req/s (p50 ${price.p50Ms} ms, p99 ${price.p99Ms} ms, non-2xx ${price.non2xx}) · ratio ${(price.reqPerSec / bare.reqPerSec).toFixed(2)}`,
    );
  }
} finally {
  server.kill();
  const { db } = await import("@/lib/db/client");
  await db.$disconnect();
  const { redis } = await import("@/lib/redis/client");
  redis.disconnect();
}
