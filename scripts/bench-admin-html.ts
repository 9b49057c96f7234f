// npm run bench:admin-html — the HTML size of /admin/promotions/new for platform staff on a
// platform with 5,000 shops (the shop picker searches on the server; the page carries none of
// them). Uses the benchmark database; prints figures.
import { execFileSync, spawn } from "node:child_process";
import { prepareBenchDatabase } from "../bench/server";

const DB = "promo_bench";
const PORT = 3210;
process.env.DATABASE_URL = `postgresql://postgres@127.0.0.1:5432/${DB}`;
prepareBenchDatabase(DB);
execFileSync("psql", [process.env.DATABASE_URL, "-qc", `INSERT INTO "Shop" (id, name, "shippingFee", "createdAt") SELECT 'benchshop' || g, '压测店铺 ' || g, 800, now() FROM generate_series(1, 5000) g`]);
if (!process.argv.includes("--no-build")) execFileSync("npm", ["run", "build"], { stdio: "ignore" });
const app = spawn("node", ["--import", "tsx", "server/main.ts"], { env: { ...process.env, PORT: String(PORT), NODE_ENV: "production", REDIS_URL: "redis://127.0.0.1:6379/3", NEXTAUTH_SECRET: "bench-secret-0123456789", NEXTAUTH_URL: `http://localhost:${PORT}`, DISABLE_WORKERS: "1" }, stdio: "ignore" });
try {
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(`http://127.0.0.1:${PORT}/api/health`)).ok) break;
    } catch {}
    await new Promise((r) => setTimeout(r, 200));
  }
  const signIn = await fetch(`http://127.0.0.1:${PORT}/api/auth/sign-in/staff`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ email: "admin@platform.test", password: "demo1234" }) });
  const cookie = signIn.headers.getSetCookie().map((c) => c.split(";")[0]).join("; ");
  const shops = execFileSync("psql", [process.env.DATABASE_URL, "-tAc", `SELECT count(*) FROM "Shop"`], { encoding: "utf8" }).trim();
  for (const path of ["/admin/promotions/new", "/admin/promotions", "/admin/staff"]) {
    const html = await (await fetch(`http://127.0.0.1:${PORT}${path}`, { headers: { cookie, "accept-language": "zh-CN" } })).text();
    console.log(`${path} with ${shops} shops: ${(Buffer.byteLength(html) / 1024).toFixed(1)} KB of HTML`);
  }
} finally {
  app.kill();
}
