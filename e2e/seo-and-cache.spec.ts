import { readFileSync } from "node:fs";
import http from "node:http";
import zlib from "node:zlib";
import { expect, test } from "@playwright/test";
import { bearer, platformKey, shops, signIn, sql } from "./helpers";
import { startCacheProxy } from "./cache-proxy";
import { brotliAssetPath } from "../server/static-brotli";

// Findable and cacheable pages (issue 17): titles and descriptions in the page's language, one
// URL per language with hreflang, Open Graph, JSON-LD, robots.txt and sitemap.xml; public pages
// cacheable by a CDN with the shopper's own parts filled in by the browser; a promotion change
// reaches a cached page within its bound through a real caching proxy.

async function memberSku() {
  const [row] = await sql<{ skuId: string; productId: string; price: number; v3: number }>(`SELECT s.id AS "skuId", s."productId", s.price, (s."memberPrices"->>'V3')::int AS v3 FROM "Sku" s WHERE s."memberPrices" ? 'V3' ORDER BY s.price LIMIT 1`);
  return row;
}

test("each page has its title and description in its language, canonical and hreflang links, Open Graph; products have JSON-LD", async ({ page }) => {
  const { productId } = await memberSku();
  await page.goto(`/products/${productId}`);
  const zhTitle = await page.title();
  expect(zhTitle).toMatch(/促销中心$/);
  expect(zhTitle).not.toBe("Promo Hub · 促销中心");
  expect(await page.locator('link[rel="canonical"]').getAttribute("href")).toMatch(new RegExp(`/products/${productId}$`));
  expect(await page.locator('link[rel="alternate"][hreflang="en"]').getAttribute("href")).toMatch(new RegExp(`/en/products/${productId}$`));
  expect(await page.locator('link[rel="alternate"][hreflang="zh-CN"]').getAttribute("href")).toMatch(new RegExp(`/products/${productId}$`));
  expect(await page.locator('meta[property="og:title"]').getAttribute("content")).toBeTruthy();
  expect(await page.locator('meta[property="og:locale"]').getAttribute("content")).toBe("zh_CN");
  const ld = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!);
  expect(ld).toMatchObject({ "@type": "Product", offers: expect.arrayContaining([expect.objectContaining({ "@type": "Offer", priceCurrency: "CNY" })]) });

  await page.goto(`/en/products/${productId}`);
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  expect(await page.title()).toMatch(/Promo Hub$/);
  expect(await page.locator('meta[name="description"]').getAttribute("content")).toMatch(/after discounts/);
  expect(await page.locator('meta[property="og:locale"]').getAttribute("content")).toBe("en_US");

  await page.goto("/flash-sales");
  expect(await page.title()).toMatch(/^限时秒杀/);
  await page.goto("/en/flash-sales");
  expect(await page.title()).toMatch(/^Flash sales/);
});

test("robots.txt, sitemap.xml with both languages, a favicon; /zh/… redirects to the one Chinese URL", async ({ request }) => {
  const robots = await (await request.get("/robots.txt")).text();
  expect(robots).toMatch(/Disallow: \/admin/);
  expect(robots).toMatch(/Sitemap: .*\/sitemap\.xml/);
  const sitemap = await request.get("/sitemap.xml");
  expect(sitemap.status()).toBe(200);
  const xml = await sitemap.text();
  const { productId } = await memberSku();
  expect(xml).toContain(`/products/${productId}</loc>`);
  expect(xml).toMatch(new RegExp(`hreflang="en" href="[^"]*/en/products/${productId}"`));
  expect((await request.get("/favicon.ico")).status()).toBe(200);
  const zh = await request.get(`/zh/products/${productId}`, { maxRedirects: 0 });
  expect(zh.status()).toBe(308);
  expect(zh.headers().location).toBe(`/products/${productId}`);
});

test("public pages are cacheable and the same for everyone; a shopper's own 到手价 and name are filled in by the browser", async ({ page, request }) => {
  const sku = await memberSku();
  const visitor = await request.get(`/products/${sku.productId}`);
  expect(visitor.headers()["cache-control"]).toMatch(/public.*s-maxage=\d+.*stale-while-revalidate=\d+/);
  for (const path of ["/", "/flash-sales", "/en"]) expect((await request.get(path)).headers()["cache-control"], path).toMatch(/s-maxage/);
  // personal pages never are
  await signIn(page, "/login", "dave@demo.test");
  await page.waitForURL(/localhost:\d+\/(en)?$/);
  const cart = await page.request.get("/cart");
  expect(cart.headers()["cache-control"]).not.toMatch(/public/);
  // the HTML a signed-in shopper gets is the shared one (nothing of theirs in it)…
  const html = await (await page.request.get(`/products/${sku.productId}`)).text();
  expect(html).not.toContain("Dave");
  const shared = [...html.matchAll(/data-testid="deal-price"[^>]*>([^<]+)</g)].map((m) => m[1]);
  expect(shared.length).toBeGreaterThan(0);
  // …and the browser fills in their name and their own 到手价 (a V3 member price is below a visitor's)
  await page.goto(`/products/${sku.productId}`);
  await expect(page.getByRole("link", { name: /Dave/ })).toBeVisible();
  await expect.poll(async () => (await page.getByTestId("deal-price").allTextContents()).join("|"), { timeout: 10_000 }).not.toBe(shared.join("|"));
});

test("a visitor's home page prefetches only the likely next page", async ({ page }) => {
  const prefetches: string[] = [];
  page.on("request", (r) => {
    if (r.headers()["next-router-prefetch"] || r.url().includes("_rsc=")) prefetches.push(r.url());
  });
  await page.goto("/");
  await page.waitForTimeout(1500);
  expect(prefetches.length).toBeLessThanOrEqual(8);
});

test("through a caching proxy: the app serves one request per revalidation window, and a promotion change shows within the bound", async ({ request }) => {
  test.setTimeout(90_000);
  const base = new URL(test.info().project.use.baseURL!);
  const proxy = await startCacheProxy(Number(base.port), 3180);
  try {
    const [shop] = await shops(request);
    const now = Date.now();
    const created = await request.post("/api/admin/promotions", { headers: bearer(platformKey()), data: { shopId: shop.id, name: "缓存测试满减", type: "FULL_REDUCTION", startsAt: new Date(now - 60_000).toISOString(), endsAt: new Date(now + 3_600_000).toISOString(), scope: { all: true }, rules: { basis: "AMOUNT", tiers: [{ threshold: 999_900, amountOff: 100 }] }, stacking: { withCoupons: true, withPlatform: true, withSameType: true }, acknowledgeOverlaps: true } });
    expect(created.status()).toBe(201);
    const p = await created.json();
    await request.post(`/api/admin/promotions/${p.id}/submit`, { headers: bearer(platformKey()) });
    await request.post(`/api/admin/promotions/${p.id}/approve`, { headers: bearer(platformKey()) });
    const venue = `${proxy.url}/promotions/${p.id}`;
    const get = () => fetch(venue, { headers: { "accept-language": "zh-CN" } });
    const first = await get();
    expect(first.status).toBe(200);
    const statuses: string[] = [];
    for (let i = 0; i < 40; i++) statuses.push((await get()).headers.get("x-cache-status") ?? "");
    expect(statuses.filter((s) => s === "HIT").length).toBeGreaterThanOrEqual(35);

    // end it early: within s-maxage (3 s here) + one refresh, the proxy stops serving the old page
    const ended = await request.post(`/api/admin/promotions/${p.id}/terminate`, { headers: bearer(platformKey()), data: { reason: "cache test over" } });
    expect(ended.status()).toBe(200);
    const t0 = Date.now();
    let seenAt = 0;
    while (Date.now() - t0 < 15_000) {
      const res = await get();
      const body = await res.text();
      // a terminated promotion's venue is gone (404): the cached copy must not outlive the bound
      if (res.status === 404 || !body.includes("缓存测试满减")) {
        seenAt = Date.now() - t0;
        break;
      }
      await new Promise((r) => setTimeout(r, 250));
    }
    expect(seenAt, "the change reached the cached page").toBeGreaterThan(0);
    expect(seenAt).toBeLessThanOrEqual(3_000 + 2_000);
    test.info().annotations.push({ type: "cache", description: `change visible through the proxy after ${seenAt} ms; ${statuses.filter((s) => s === "HIT").length}/40 hits` });
    const log = readFileSync(proxy.logFile, "utf8");
    expect(log).toMatch(/HIT 200/);
  } finally {
    await proxy.stop();
  }
});

test("scripts and styles go out brotli-compressed to a browser that accepts it, the same bytes as Next.js's own; other paths are not taken", async ({ request, baseURL }) => {
  const html = await (await request.get("/")).text();
  const assets = [...html.matchAll(/(?:src|href)="(\/_next\/static\/[^"]+\.(?:js|css))"/g)].map((m) => m[1]);
  expect(assets.length).toBeGreaterThan(2);
  const get = (p: string, encoding: string) =>
    new Promise<{ status: number; headers: http.IncomingHttpHeaders; body: Buffer }>((resolve, reject) => {
      http
        .get(new URL(p, baseURL), { headers: { "accept-encoding": encoding } }, (res) => {
          const parts: Buffer[] = [];
          res.on("data", (c: Buffer) => parts.push(c)).on("end", () => resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(parts) }));
        })
        .on("error", reject);
    });
  for (const asset of assets.slice(0, 3)) {
    // compressed in the background after the server starts: brotli once its copy is ready
    await expect.poll(async () => (await get(asset, "gzip, deflate, br, zstd")).headers["content-encoding"], { timeout: 30_000 }).toBe("br");
    const [br, gz] = await Promise.all([get(asset, "gzip, deflate, br, zstd"), get(asset, "gzip")]);
    expect(br.status, asset).toBe(200);
    expect(br.headers["content-encoding"], asset).toBe("br");
    expect(br.headers["cache-control"]).toContain("immutable");
    expect(br.headers["x-content-type-options"]).toBe("nosniff");
    expect(br.headers["content-type"]).toMatch(asset.endsWith(".css") ? /text\/css/ : /javascript/);
    expect(gz.headers["content-encoding"], asset).toBe("gzip");
    expect(zlib.brotliDecompressSync(br.body).equals(zlib.gunzipSync(gz.body)), asset).toBe(true);
    expect(br.body.length).toBeLessThan(gz.body.length);
  }
  // a file that is not there is Next.js's 404; a path out of the build's folder is never read
  expect((await get("/_next/static/chunks/nope-404.js", "br")).status).toBe(404);
  expect(brotliAssetPath("GET", "/_next/static/../../package.js", "br")).toBeNull();
  expect(brotliAssetPath("GET", "/_next/static/chunks/%2e%2e/x.js", "br")).toBeNull();
  expect(brotliAssetPath("POST", "/_next/static/chunks/a.js", "br")).toBeNull();
  expect(brotliAssetPath("GET", "/_next/static/chunks/a.js", "gzip")).toBeNull();
  expect(brotliAssetPath("GET", "/_next/static/chunks/a.js", "gzip, br;q=0")).toBeNull();
  expect(brotliAssetPath("GET", "/_next/static/chunks/a.js", "x-br")).toBeNull();
  expect(brotliAssetPath("GET", "/_next/static/chunks/a.js", "gzip, br;q=0.5")).toMatch(/chunks\/a\.js$/);
  expect((await get(assets[0], "gzip, br;q=0")).headers["content-encoding"]).toBe("gzip");
});
