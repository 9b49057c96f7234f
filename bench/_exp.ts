import { execFileSync, spawn } from "node:child_process";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { startServer } from "./server";
const usersFile = join(tmpdir(), "bench-flash-users.json");
process.env.DATABASE_URL = "postgresql://postgres@127.0.0.1:5432/promo_bench_flash";
process.env.REDIS_URL = "redis://127.0.0.1:6379/4";
const { createFlashSale } = await import("./flash-setup");
const { createFlashRedis } = await import("@/lib/flash-sale/flash-redis");
const { keys } = await import("@/lib/redis/keys");
const { db } = await import("@/lib/db/client");
const { createApiKey } = await import("@/lib/api-keys/create-api-key");
const key = (await createApiKey({ kind: "system" }, { name: "exp" + Date.now(), role: "ADMIN", shopId: null })).key;
const env = { DATABASE_URL: process.env.DATABASE_URL!, REDIS_URL: process.env.REDIS_URL!, NEXTAUTH_SECRET: "bench-secret-0123456789", NEXTAUTH_URL: "http://localhost:3300", DISABLE_WORKERS: "1", FLASH_WINS_CONSUMER: process.env.CONSUMER ?? "1" };
const server = await startServer(3300, env);
const r = createFlashRedis({ url: process.env.REDIS_URL });
try {
  const w = await createFlashSale("warm " + Date.now(), 200);
  execFileSync("taskset", ["-c", "1", "node", "--import", "tsx", "bench/post-load.ts", "flash", `http://127.0.0.1:3300/api/flash-sales/${w.promotionId}/attempt`, "50", "3", key, w.skuId, usersFile]);
  await new Promise((res) => setTimeout(res, 3000));
  console.log("warm-up done");
  const b = await createFlashSale("exp " + Date.now(), 1000);
  const t0 = Date.now();
  const mon = setInterval(async () => {
    const len = await r.xlen(keys.flashSale(b.promotionId).wins);
    const orders = await db.order.count({ where: { idempotencyKey: { startsWith: `flash:${b.promotionId}:` } } });
    console.log(`${Date.now() - t0} ms: queued ${len}, orders ${orders}`);
  }, 1000);
  const child = spawn("taskset", ["-c", "1", "node", "--import", "tsx", "bench/post-load.ts", "flash", `http://127.0.0.1:3300/api/flash-sales/${b.promotionId}/attempt`, "200", "10", key, b.skuId, usersFile], { stdio: ["ignore", "pipe", "inherit"] });
  let out = ""; child.stdout.on("data", (d) => (out += d));
  await new Promise((res) => child.on("exit", res));
  console.log(out.trim().split("\n").pop());
  await new Promise((res) => setTimeout(res, 4000));
  clearInterval(mon);
} finally { server.kill("SIGKILL"); r.disconnect(); await db.$disconnect(); process.exit(0); }
