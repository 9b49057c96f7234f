// npm run bench:pages — (1) a published activity page with 60 products rendered server-side on a
// warm server: p50 / p95 / p99 of sequential requests straight to the app (no cache in front);
// (2) the client JavaScript every shopper page ships: the <script src> of its HTML, fetched and
// measured raw and gzip-compressed (what goes over the wire), shared chunks counted on each page;
// the noModule polyfills no current browser loads are left out.
// Prints figures, asserts nothing. `-- --no-build` reuses the last build.
import { execFileSync } from "node:child_process";
import { brotliCompressSync, gzipSync } from "node:zlib";
import { prepareBenchDatabase, startServer } from "../bench/server";

const DB = "promo_bench";
const PORT = 3210;
const BASE = `http://127.0.0.1:${PORT}`;
const RUNS = Number(process.env.BENCH_RUNS ?? 300);
const SLUG = "bench-60-products";

process.env.DATABASE_URL = `postgresql://postgres@127.0.0.1:5432/${DB}`;
prepareBenchDatabase(DB);
if (!process.argv.includes("--no-build")) execFileSync("npm", ["run", "build"], { stdio: "ignore" });

const { db } = await import("../lib/db/client");
const { blocksSchema } = await import("../lib/pages/page-blocks");

// 60 products (one SKU each), a banner, coupons, a countdown and rules — a big 双11 page
const skus = await db.sku.findMany({ distinct: ["productId"], orderBy: [{ productId: "asc" }, { price: "asc" }], take: 60, select: { id: true } });
const venue = await db.promotion.findFirstOrThrow({ where: { status: "ACTIVE", shopId: null }, select: { id: true } });
const staff = await db.staffUser.findFirstOrThrow({ where: { shopId: null, role: "ADMIN" }, select: { id: true } });
const blocks = blocksSchema.parse([
  { id: "hero", type: "BANNER", image: "/banners/double11.svg", title: "压测会场", subtitle: "60 件商品", link: `/promotions/${venue.id}` },
  { id: "timer", type: "COUNTDOWN", promotionId: venue.id },
  { id: "coupons", type: "COUPON_STRIP", title: "领券" },
  { id: "grid", type: "PRODUCT_GRID", title: "全部商品", source: { skuIds: skus.map((s) => s.id) }, sort: "deal-asc", limit: 60 },
  { id: "rules", type: "RICH_TEXT", html: "<h3>规则</h3><p>压测页面</p>" },
]);
await db.activityPage.deleteMany({ where: { slug: SLUG } });
await db.activityPage.create({ data: { slug: SLUG, title: "压测会场", draft: blocks, createdBy: staff.id, versions: { create: { version: 1, title: "压测会场", blocks, liveFrom: new Date(Date.now() - 60_000), createdBy: staff.id } } } });
const productCount = skus.length;
await db.$disconnect();

const server = await startServer(PORT, { REDIS_URL: "redis://127.0.0.1:6379/3", NEXTAUTH_SECRET: "bench-secret-0123456789", NEXTAUTH_URL: BASE, DISABLE_WORKERS: "1" });
const headers = { "accept-language": "zh-CN" };
try {
  const url = `${BASE}/p/${SLUG}`;
  let bytes = 0;
  for (let i = 0; i < 30; i++) bytes = (await (await fetch(url, { headers })).text()).length;
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    const res = await fetch(url, { headers });
    await res.text();
    times.push(performance.now() - t0);
    if (res.status !== 200) throw new Error(`${url}: ${res.status}`);
  }
  times.sort((a, b) => a - b);
  const q = (p: number) => times[Math.min(times.length - 1, Math.floor(p * times.length))].toFixed(1);
  console.log(`activity page /p/${SLUG} (${productCount} products, engine-priced), ${RUNS} sequential requests on a warm server (app pinned to one core):`);
  console.log(`  p50 ${q(0.5)} ms · p95 ${q(0.95)} ms · p99 ${q(0.99)} ms · HTML ${(bytes / 1024).toFixed(1)} KiB`);

  // client JS per shopper page
  const product = await firstHref(`${BASE}/`, /\/products\/[A-Za-z0-9_-]+/);
  const venuePath = await firstHref(`${BASE}/`, /\/promotions\/[A-Za-z0-9_-]+/);
  const pages = ["/", "/search?q=a", "/promotions", venuePath, product, "/flash-sales", "/coupons", `/p/${SLUG}`, "/p/double11", "/login"].filter(Boolean) as string[];
  const cookie = await signIn("dave@demo.test");
  const personal = ["/cart", "/checkout", "/orders", "/me"];
  console.log("client JS per shopper page (every <script src> of the HTML; gzip / brotli = what is sent):");
  let worst = 0;
  const cache = new Map<string, Buffer>();
  for (const path of [...pages, ...personal]) {
    const html = await (await fetch(`${BASE}${path}`, { headers: { ...headers, ...(personal.includes(path) ? { cookie } : {}) } })).text();
    // noModule scripts (the legacy polyfills) are skipped by every browser that runs modules
    const srcs = [...new Set([...html.matchAll(/<script([^>]+)>/g)].filter((m) => !/nomodule/i.test(m[1])).map((m) => m[1].match(/src="([^"]+)"/)?.[1]).filter((x): x is string => !!x))];
    let raw = 0;
    let gz = 0;
    let br = 0;
    for (const src of srcs) {
      if (!cache.has(src)) cache.set(src, Buffer.from(await (await fetch(new URL(src, BASE))).arrayBuffer()));
      const body = cache.get(src)!;
      raw += body.length;
      gz += gzipSync(body).length;
      br += brotliCompressSync(body).length;
    }
    worst = Math.max(worst, gz);
    console.log(`  ${path.padEnd(42)} ${String(srcs.length).padStart(2)} scripts  ${(raw / 1024).toFixed(1).padStart(6)} KiB raw  ${(gz / 1024).toFixed(1).padStart(6)} KiB gzip  ${(br / 1024).toFixed(1).padStart(6)} KiB brotli`);
  }
  console.log(`  largest: ${(worst / 1024).toFixed(1)} KiB gzip (${(worst / 1000).toFixed(1)} kB; target ≤ 150)`);
} finally {
  server.kill();
}

async function firstHref(url: string, re: RegExp) {
  const html = await (await fetch(url, { headers })).text();
  return html.match(new RegExp(`href="(${re.source})"`))?.[1] ?? null;
}

async function signIn(email: string) {
  const res = await fetch(`${BASE}/api/auth/sign-in/shopper`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ email, password: "demo1234" }) });
  const cookie = res.headers.getSetCookie().map((c) => c.split(";")[0]).join("; ");
  // a cart with one line so /cart and /checkout render their real content
  const sku = execFileSync("psql", ["-h", "127.0.0.1", "-U", "postgres", "-d", DB, "-tAc", `SELECT id FROM "Sku" WHERE stock > 0 ORDER BY "createdAt" LIMIT 1`], { encoding: "utf8" }).trim();
  return `${cookie}; cart=${encodeURIComponent(JSON.stringify([[sku, 1]]))}`;
}
