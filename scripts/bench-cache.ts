// npm run bench:cache — a venue page under autocannon through a real caching proxy (nginx):
// requests served by the proxy vs requests that reached the app, per revalidation window.
// Prints figures, asserts nothing. `-- --no-build` reuses the last build.
import { execFileSync, spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import { load } from "../bench/autocannon-run";
import { prepareBenchDatabase } from "../bench/server";
import { startCacheProxy } from "../e2e/cache-proxy";

const DB = "promo_bench";
const PORT = 3200;
const PROXY = 3280;
const SECONDS = Number(process.env.BENCH_SECONDS ?? 20);
const WINDOW_S = Number(process.env.PAGE_CACHE_SECONDS ?? 10);

process.env.DATABASE_URL = `postgresql://postgres@127.0.0.1:5432/${DB}`;
prepareBenchDatabase(DB);
if (!process.argv.includes("--no-build")) execFileSync("npm", ["run", "build"], { stdio: "ignore" });
const venueId = execFileSync("psql", ["-h", "127.0.0.1", "-U", "postgres", "-d", DB, "-tAc", `SELECT id FROM "Promotion" WHERE status = 'ACTIVE' AND type = 'FULL_REDUCTION' ORDER BY "createdAt" LIMIT 1`], { encoding: "utf8" }).trim();

const app = spawn("taskset", ["-c", "0", "node", "--import", "tsx", "server/main.ts"], {
  env: { ...process.env, PORT: String(PORT), NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1", REDIS_URL: "redis://127.0.0.1:6379/3", NEXTAUTH_SECRET: "bench-secret-0123456789", NEXTAUTH_URL: `http://localhost:${PORT}`, LOG_REQUESTS: "1", PAGE_CACHE_SECONDS: String(WINDOW_S), DISABLE_WORKERS: "1" },
  stdio: ["ignore", "pipe", "inherit"],
});
let appLog = "";
app.stdout!.on("data", (d: Buffer) => (appLog += d.toString()));
for (let i = 0; i < 100 && !appLog.includes("ready on"); i++) await new Promise((r) => setTimeout(r, 200));
const proxy = await startCacheProxy(PORT, PROXY);
try {
  const path = `/promotions/${venueId}`;
  const url = `${proxy.url}${path}`;
  await fetch(url, { headers: { "accept-language": "zh-CN" } });
  const before = appLog.split("\n").filter((l) => l.includes(`GET ${path}`)).length;
  const r = await load(url, 50, SECONDS, { headers: { "accept-language": "zh-CN" } });
  const reached = appLog.split("\n").filter((l) => l.includes(`GET ${path}`)).length - before;
  const statuses = readFileSync(proxy.logFile, "utf8").split("\n").filter((l) => l.endsWith(path)).map((l) => l.split(" ")[0]);
  const count = (s: string) => statuses.filter((x) => x === s).length;
  const windows = Math.ceil(SECONDS / WINDOW_S);
  console.log(`venue ${path} through nginx, 50 connections × ${SECONDS} s, s-maxage ${WINDOW_S} s:`);
  console.log(`  ${r.reqPerSec} req/s (p50 ${r.p50Ms} ms, p99 ${r.p99Ms} ms, non-2xx ${r.non2xx})`);
  console.log(`  proxy answers: HIT ${count("HIT")}, STALE ${count("STALE")}, UPDATING ${count("UPDATING")}, MISS ${count("MISS")}, EXPIRED ${count("EXPIRED")} — hit ratio ${((count("HIT") + count("STALE") + count("UPDATING")) / Math.max(1, statuses.length)).toFixed(4)}`);
  console.log(`  requests that reached the app: ${reached} in ${windows} revalidation windows (${(reached / windows).toFixed(2)} per window)`);
} finally {
  await proxy.stop();
  app.kill();
}
process.exit(0);
