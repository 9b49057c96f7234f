// npm run bench:flash-sale — prints figures, asserts nothing. Production build, then in one run:
// (a) a bare Node http server running the same attempt script on Redis (this machine's limit);
// (b) the product's POST /api/flash-sales/{id}/attempt (server/main.ts fast path): the answer
//     comes from Redis alone, the server's wins consumer writes the orders; the latency from a
//     win to its payable order is printed as a distribution;
// (c) (b) again with the counters on a local 3-master Redis Cluster.
// Each under autocannon with 200 connections; req/s, p50, p99 and the oversell count.
import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { prepareBenchDatabase, startServer } from "../bench/server";

const DB = "promo_bench_flash";
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const CONNECTIONS = 200;
const STOCK = 1000;
const usersFile = join(tmpdir(), "bench-flash-users.json");
process.env.DATABASE_URL = `postgresql://postgres@127.0.0.1:5432/${DB}`;
process.env.REDIS_URL = "redis://127.0.0.1:6379/4";

prepareBenchDatabase(DB);
execFileSync("redis-cli", ["-n", "4", "flushdb"]);
if (!process.argv.includes("--no-build")) execFileSync("npm", ["run", "build"], { stdio: "ignore" });

const { setupFlashShoppers, createFlashSale, flashSold } = await import("../bench/flash-setup");
const { createFlashRedis, flashScripts } = await import("@/lib/flash-sale/flash-redis");
type FlashRedis = ReturnType<typeof createFlashRedis>;
const { ensureLoaded } = await import("@/lib/flash-sale/flash-counters");
const { key, count } = await setupFlashShoppers(usersFile);
console.log(`${count} shoppers, ${STOCK} units per flash sale, limit 1 per shopper, ${CONNECTIONS} connections × ${SECONDS} s`);

type Run = { reqPerSec: number; p50Ms: number; p99Ms: number; non2xx: number; errors: number; results: Record<string, number> };
function load(url: string, skuId: string, seconds = SECONDS, connections = CONNECTIONS): Run {
  const out = execFileSync("taskset", ["-c", "1", "node", "--import", "tsx", "bench/post-load.ts", "flash", url, String(connections), String(seconds), key, skuId, usersFile], { encoding: "utf8", maxBuffer: 1 << 24 });
  return JSON.parse(out.trim().split("\n").pop()!);
}
const show = (label: string, r: Run, extra = "") =>
  console.log(`${label}: ${r.reqPerSec} req/s · p50 ${r.p50Ms} ms · p99 ${r.p99Ms} ms · non-2xx ${r.non2xx} · errors ${r.errors} · ${JSON.stringify(r.results)}${extra}`);

async function waitFor(url: string) {
  for (let i = 0; i < 100; i++) {
    try {
      await fetch(url, { method: "POST", body: "{}" });
      return;
    } catch {
      await new Promise((r) => setTimeout(r, 100));
    }
  }
}

const servers: ChildProcess[] = [];
const clusterDirs: string[] = [];
const env = { DATABASE_URL: process.env.DATABASE_URL, REDIS_URL: process.env.REDIS_URL, NEXTAUTH_SECRET: "bench-secret-0123456789", NEXTAUTH_URL: "http://localhost:3300", DISABLE_WORKERS: "1", FLASH_WINS_CONSUMER: "1" };

/**
 * Waits until every win of a sale is an order (the stream drained), then prints how long each
 * win waited for its payable order (written by the server's wins consumer off the request path).
 */
async function winsToOrders(label: string, promotionId: string, r: FlashRedis) {
  const { keys } = await import("@/lib/redis/keys");
  const k = keys.flashSale(promotionId);
  const started = Date.now();
  while ((await r.xlen(k.wins)) > 0 && Date.now() - started < 60_000) await new Promise((res) => setTimeout(res, 50));
  const lat = (await r.lrange(k.latency, 0, -1)).map(Number).sort((x, y) => x - y);
  const pct = (p: number) => lat[Math.min(lat.length - 1, Math.floor((p / 100) * lat.length))] ?? 0;
  console.log(`${label} win → order payable: ${lat.length} orders · p50 ${pct(50)} ms · p90 ${pct(90)} ms · p99 ${pct(99)} ms · max ${lat[lat.length - 1] ?? 0} ms (queue drained ${Date.now() - started} ms after the load ended)`);
}
try {
  // (a) the machine's practical limit: same script, same Redis, bare Node
  const a = await createFlashSale("bench (a) minimal", STOCK);
  const local = createFlashRedis({ url: process.env.REDIS_URL });
  await ensureLoaded(a.promotionId, local);
  const minimal = spawn("taskset", ["-c", "0", "node", "--import", "tsx", "bench/minimal-flash-server.ts"], { env: { ...process.env, PORT: "3301", PROMOTION_ID: a.promotionId, FLASH_REDIS_URL: process.env.REDIS_URL }, stdio: "ignore" });
  servers.push(minimal);
  await waitFor("http://127.0.0.1:3301/");
  load("http://127.0.0.1:3301/", a.skuId, 3);
  const ra = load("http://127.0.0.1:3301/", a.skuId);
  const leftA = (await flashScripts(local, a.promotionId).read()).stock[a.skuId];
  show("(a) bare Node + script", ra, ` · Redis left ${leftA}, oversell ${Math.max(0, -leftA)}`);
  minimal.kill();

  // (b) the product's endpoint on the production server
  const server = await startServer(3300, env);
  servers.push(server);
  const warm = await createFlashSale("bench warm-up", 200);
  load(`http://127.0.0.1:3300/api/flash-sales/${warm.promotionId}/attempt`, warm.skuId, 3, 50);
  const b = await createFlashSale("bench (b) product", STOCK);
  const rb = load(`http://127.0.0.1:3300/api/flash-sales/${b.promotionId}/attempt`, b.skuId);
  await winsToOrders("(b)", b.promotionId, local);
  const sb = await flashSold(b.promotionId, STOCK);
  const leftB = (await flashScripts(local, b.promotionId).read()).stock[b.skuId];
  show("(b) product endpoint", rb, ` · orders ${sb.orders}, oversell ${sb.oversell}, shopper twice ${sb.shopperTwice}, Redis left ${leftB}`);
  console.log(`(b)/(a) = ${(rb.reqPerSec / ra.reqPerSec).toFixed(2)}`);
  // the same endpoint once the sale is sold out (the state of most of a flash sale's traffic)
  const rs = load(`http://127.0.0.1:3300/api/flash-sales/${b.promotionId}/attempt`, b.skuId);
  show("(b) after sell-out", rs, ` · (b after sell-out)/(a) = ${(rs.reqPerSec / ra.reqPerSec).toFixed(2)}`);
  server.kill();

  // (c) the same endpoint with the counters on a 3-master Redis Cluster
  const ports = [7101, 7102, 7103];
  for (const port of ports) {
    const dir = mkdtempSync(join(tmpdir(), `cluster-${port}-`));
    clusterDirs.push(dir);
    servers.push(spawn("redis-server", ["--port", String(port), "--bind", "127.0.0.1", "--cluster-enabled", "yes", "--cluster-config-file", join(dir, "nodes.conf"), "--save", "", "--appendonly", "no", "--dir", dir], { stdio: "ignore" }));
  }
  await new Promise((r) => setTimeout(r, 500));
  execFileSync("redis-cli", ["--cluster", "create", ...ports.map((p) => `127.0.0.1:${p}`), "--cluster-replicas", "0", "--cluster-yes"], { stdio: "ignore" });
  await new Promise((r) => setTimeout(r, 1500));
  const clusterNodes = ports.map((p) => `127.0.0.1:${p}`).join(",");
  const clustered = await startServer(3300, { ...env, FLASH_REDIS_CLUSTER: clusterNodes });
  servers.push(clustered);
  const warmC = await createFlashSale("bench warm-up cluster", 200);
  load(`http://127.0.0.1:3300/api/flash-sales/${warmC.promotionId}/attempt`, warmC.skuId, 3, 50);
  const c = await createFlashSale("bench (c) cluster", STOCK);
  const rc = load(`http://127.0.0.1:3300/api/flash-sales/${c.promotionId}/attempt`, c.skuId);
  const cl = createFlashRedis({ cluster: clusterNodes });
  await winsToOrders("(c)", c.promotionId, cl);
  const sc = await flashSold(c.promotionId, STOCK);
  const leftC = (await flashScripts(cl, c.promotionId).read()).stock[c.skuId];
  cl.disconnect();
  show("(c) product endpoint, Redis Cluster (3 masters)", rc, ` · orders ${sc.orders}, oversell ${sc.oversell}, shopper twice ${sc.shopperTwice}, Redis left ${leftC}`);
  local.disconnect();
} finally {
  for (const s of servers) s.kill("SIGKILL");
  for (const d of clusterDirs) rmSync(d, { recursive: true, force: true });
  const { db } = await import("@/lib/db/client");
  await db.$disconnect();
  const { redis } = await import("@/lib/redis/client");
  redis.disconnect();
}
