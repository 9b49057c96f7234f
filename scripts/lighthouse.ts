// npm run lighthouse — Lighthouse (12.2.3, Debian chromium) on the shop pages with the mobile
// preset and on admin pages with the desktop preset, 3 runs each, median per category. The
// server must run (npm start, or PORT); prints figures, asserts nothing. LH_LANG sets the browser's
// Accept-Language (default zh-CN, the shop's audience: no redirect; en-US is redirected to /en/…);
// LH_ONLY=shop|admin measures one group.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

const BASE = process.env.BASE_URL ?? `http://localhost:${process.env.PORT ?? 3000}`;
const RUNS = Number(process.env.RUNS ?? 3);
const LANG = process.env.LH_LANG ?? "zh-CN";
const ONLY = process.env.LH_ONLY;
const CHROME_FLAGS = "--headless=new --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --disable-sync --no-first-run";

async function cookieFor(kind: "shopper" | "staff", email: string) {
  const res = await fetch(`${BASE}/api/auth/sign-in/${kind}`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ email, password: "demo1234" }) });
  return res.headers.getSetCookie().map((c) => c.split(";")[0]).join("; ");
}

async function firstId(sql: string) {
  return execFileSync("psql", [process.env.DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/promo_dev", "-tAc", sql], { encoding: "utf8" }).trim().split("\n")[0];
}

function run(url: string, preset: "mobile" | "desktop", cookie?: string) {
  const dir = mkdtempSync(path.join(tmpdir(), "lh-"));
  const scores: Record<string, number[]> = {};
  for (let i = 0; i < RUNS; i++) {
    const out = path.join(dir, `r${i}.json`);
    const args = ["lighthouse", url, "--quiet", "--output=json", `--output-path=${out}`, `--chrome-flags=${CHROME_FLAGS}`, "--only-categories=performance,accessibility,best-practices,seo", ...(preset === "desktop" ? ["--preset=desktop"] : [])];
    args.push(`--extra-headers=${JSON.stringify({ "Accept-Language": LANG, ...(cookie ? { Cookie: cookie } : {}) })}`);
    // a run Lighthouse itself gives up on (a trace it could not record) is run again, once
    for (let attempt = 0; ; attempt++) {
      try {
        execFileSync("npx", args, { env: { ...process.env, CHROME_PATH: "/usr/bin/chromium" }, stdio: ["ignore", "ignore", "ignore"] });
        break;
      } catch (e) {
        if (attempt > 0) throw e;
      }
    }
    const r = JSON.parse(readFileSync(out, "utf8"));
    for (const [k, c] of Object.entries(r.categories as Record<string, { score: number }>)) (scores[k] ??= []).push(Math.round(c.score * 100));
  }
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  return Object.fromEntries(Object.entries(scores).map(([k, v]) => [k, median(v)]));
}

const venue = await firstId(`SELECT id FROM "Promotion" WHERE status = 'ACTIVE' AND type = 'FULL_REDUCTION' ORDER BY "createdAt" LIMIT 1`);
const product = await firstId(`SELECT id FROM "Product" WHERE active ORDER BY "createdAt" LIMIT 1`);
const shopper = await cookieFor("shopper", "dave@demo.test");
const staff = await cookieFor("staff", "admin@platform.test");
const pages: [string, "mobile" | "desktop", string | undefined][] = [
  ["/", "mobile", undefined],
  [`/promotions/${venue}`, "mobile", undefined],
  [`/products/${product}`, "mobile", undefined],
  ["/coupons", "mobile", undefined],
  ["/flash-sales", "mobile", undefined],
  ["/cart", "mobile", shopper],
  ["/checkout", "mobile", shopper],
  ["/me", "mobile", shopper],
  ["/admin", "desktop", staff],
  ["/admin/promotions", "desktop", staff],
  ["/admin/promotions/new", "desktop", staff],
  [`/admin/promotions/${venue}/report`, "desktop", staff],
  ["/admin/coupons", "desktop", staff],
];
console.log(`Lighthouse 12.2.3, Accept-Language ${LANG}, median of ${RUNS} runs (performance / accessibility / best practices / SEO):`);
for (const [p, preset, cookie] of pages) {
  if (ONLY && (ONLY === "admin") !== p.startsWith("/admin")) continue;
  const s = run(`${BASE}${p}`, preset, cookie);
  console.log(`  ${preset.padEnd(7)} ${p.padEnd(48)} ${s.performance} / ${s.accessibility} / ${s["best-practices"]} / ${s.seo}`);
}
