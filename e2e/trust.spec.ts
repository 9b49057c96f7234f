import { createServer, type Server } from "node:http";
import { expect, test, type APIRequestContext } from "@playwright/test";
import { SECOND_INSTANCE } from "../playwright.config";
import { bearer, platformKey, shopKey, shopperWithPassword, shops, signIn, sql } from "./helpers";

// Issue 10 over plain HTTP and in the browser: who may act for a shopper, sessions re-checked,
// redirects, CSRF, sign-in limits, read-your-writes across two instances, and the routes' own
// description (OpenAPI) as the list of what to check.

type Op = { path: string; method: string; description: string; requestBody?: { content: { "application/json": { schema: JsonSchema } } } };
type JsonSchema = { type?: string; format?: string; properties?: Record<string, JsonSchema>; anyOf?: JsonSchema[] };

async function operations(request: APIRequestContext): Promise<Op[]> {
  const doc = await (await request.get("/api/openapi.json")).json();
  return Object.entries(doc.paths as Record<string, Record<string, Omit<Op, "path" | "method">>>).flatMap(([path, ops]) => Object.entries(ops).map(([method, op]) => ({ ...op, path, method: method.toUpperCase() })));
}

const fill = (path: string, id = "zz0000000000000000000000") => path.replace(/\{[^}]+\}/g, id);

async function productOf(request: APIRequestContext, key: string, name: string, price = 10000) {
  const res = await request.post("/api/admin/products", { headers: bearer(key), data: { name, skus: [{ code: `${name}-${Date.now()}`, price, stock: 100 }] } });
  expect(res.status()).toBe(201);
  return (await res.json()).skus[0].id as string;
}

test.describe("who may act for a shopper (SPEC §12)", () => {
  let shopA: string;
  let shopB: string;
  let adminA: string;
  let adminB: string;
  let skuA: string;
  let skuB: string;
  let shopper: string;

  test.beforeAll(async ({ request }) => {
    const all = await shops(request);
    [shopA, shopB] = [all[0].id, all[1].id];
    adminA = await shopKey(request, shopA, "ADMIN");
    adminB = await shopKey(request, shopB, "ADMIN");
    skuA = await productOf(request, adminA, "trustA");
    skuB = await productOf(request, adminB, "trustB");
    shopper = (await shopperWithPassword(request, "trust")).id;
  });

  test("every shopper-acting route refuses ANALYST and APPROVER keys and staff sessions (403)", async ({ request, browser }) => {
    const ops = (await operations(request)).filter((o) => (o.description ?? "").startsWith("A shopper session"));
    expect(ops.length).toBeGreaterThanOrEqual(11);
    const analyst = await shopKey(request, shopA, "ANALYST");
    const approver = await shopKey(request, shopA, "APPROVER");
    const ctx = await browser.newContext();
    const page = await ctx.newPage();
    await signIn(page, "/admin/login", "admin@platform.test");
    await expect(page).toHaveURL(/\/admin$/);
    for (const op of ops) {
      const url = `${fill(op.path)}?userId=${shopper}`;
      const data = { userId: shopper, lines: [{ skuId: skuA, quantity: 1 }], idempotencyKey: "trust-matrix-1", campaignId: "x", code: "x", skuId: skuA, quantity: 1 };
      for (const key of [analyst, approver]) {
        const res = await request.fetch(url, { method: op.method, headers: bearer(key), ...(op.method === "GET" ? {} : { data }) });
        expect(res.status(), `${op.method} ${op.path}`).toBe(403);
        expect((await res.json()).error.code).toBe("FORBIDDEN");
      }
      if (op.path === "/api/orders/{id}") continue; // staff read orders as staff
      const res = await page.request.fetch(url, { method: op.method, ...(op.method === "GET" ? {} : { data }) });
      expect(res.status(), `staff session: ${op.method} ${op.path}`).toBe(403);
    }
    await ctx.close();
  });

  test("a shop key acts only on its own shop's goods, orders and coupons", async ({ request }) => {
    const price = await request.post("/api/checkout/price", { headers: bearer(adminA), data: { userId: shopper, lines: [{ skuId: skuB, quantity: 1 }] } });
    expect(price.status()).toBe(403);
    expect((await price.json()).error.fields).toEqual({ "lines.0.skuId": "another shop's SKU" });
    const order = await request.post("/api/orders", { headers: bearer(adminA), data: { userId: shopper, lines: [{ skuId: skuB, quantity: 1 }], idempotencyKey: `trust-${Date.now()}` } });
    expect(order.status()).toBe(403);
    expect((await sql(`SELECT count(*)::int AS n FROM "Order" o JOIN "OrderLine" l ON l."orderId" = o.id WHERE o."shopperId" = $1 AND l."skuId" = $2`, [shopper, skuB]))[0].n).toBe(0);

    // an order of shop B's goods, placed by B's key: A's key cannot see, pay, cancel or refund it
    const placed = await request.post("/api/orders", { headers: bearer(adminB), data: { userId: shopper, lines: [{ skuId: skuB, quantity: 1 }], idempotencyKey: `trust-b-${Date.now()}` } });
    expect(placed.status()).toBe(201);
    const { id } = await placed.json();
    for (const [method, path, data] of [["GET", `/api/orders/${id}?userId=${shopper}`, undefined], ["POST", `/api/orders/${id}/pay`, { userId: shopper }], ["POST", `/api/orders/${id}/cancel`, { userId: shopper }], ["POST", `/api/orders/${id}/refunds`, { userId: shopper, lines: [{ skuId: skuB, quantity: 1 }], reason: "不想要了" }]] as const) {
      const res = await request.fetch(path, { method, headers: bearer(adminA), ...(data ? { data } : {}) });
      expect(res.status(), `${method} ${path}`).toBe(404);
    }
    expect((await sql(`SELECT status FROM "Order" WHERE id = $1`, [id]))[0].status).toBe("PENDING_PAYMENT");
    const own = await request.get(`/api/orders/${id}?userId=${shopper}`, { headers: bearer(adminB) });
    expect(own.status()).toBe(200);
    expect(await own.json()).toMatchObject({ id, status: "PENDING_PAYMENT", lines: [{ skuId: skuB, quantity: 1 }] });

    // coupons: B's campaign cannot be claimed with A's key; A's key sees only A's coupons
    const template = await (await request.post("/api/admin/coupon-templates", { headers: bearer(adminB), data: { name: "B券", kind: "AMOUNT_OFF", amountOff: 100, validDays: 3, stacksWithPromotions: true, totalQuantity: 10 } })).json();
    const now = Date.now();
    const campaign = await request.post("/api/admin/coupon-campaigns", { headers: bearer(adminB), data: { templateId: template.id, claimStartsAt: new Date(now - 60_000).toISOString(), claimEndsAt: new Date(now + 3_600_000).toISOString(), totalQuantity: 10, perUserLimit: 1 } });
    expect(campaign.status()).toBe(201);
    const campaignId = (await campaign.json()).id;
    expect((await request.post("/api/coupons/claim", { headers: bearer(adminA), data: { userId: shopper, campaignId } })).status()).toBe(404);
    expect((await request.post("/api/coupons/claim", { headers: bearer(adminB), data: { userId: shopper, campaignId } })).status()).toBe(201);
    const mineA = await (await request.get(`/api/coupons/mine?userId=${shopper}`, { headers: bearer(adminA) })).json();
    expect(mineA.items).toEqual([]);
    const center = await (await request.get(`/api/coupons/center?userId=${shopper}`, { headers: bearer(adminA) })).json();
    expect((center.items as { campaignId: string }[]).some((c) => c.campaignId === campaignId)).toBe(false);
    expect((await request.get(`/api/coupons/center?userId=nobody0000000000000000000`, { headers: bearer(platformKey()) })).status()).toBe(404);
  });

  test("shop keys cannot sync shoppers; shop staff see only their customers, with masked emails", async ({ request, page }) => {
    const res = await request.post("/api/admin/shoppers", { headers: bearer(adminA), data: { externalId: `x-${Date.now()}`, name: "x", memberLevel: "V3", points: 99999, firstOrderDone: false } });
    expect(res.status()).toBe(403);
    await signIn(page, "/admin/login", "admin@techpick.test");
    await expect(page).toHaveURL(/\/admin$/);
    await page.goto("/admin/shoppers");
    const emails = await page.locator("tbody tr td:nth-child(2)").allTextContents();
    expect(emails.length).toBeGreaterThan(0);
    for (const e of emails) expect(e).toMatch(/^(—|.\*\*\*@.+)$/);
  });

  test("withdraw-items refuses another shop's SKU", async ({ request }) => {
    const now = Date.now();
    const created = await request.post("/api/admin/promotions", { headers: bearer(adminA), data: { name: "撤出测试", type: "FULL_REDUCTION", startsAt: new Date(now - 60_000).toISOString(), endsAt: new Date(now + 3_600_000).toISOString(), scope: { skuIds: [skuA] }, rules: { basis: "AMOUNT", tiers: [{ threshold: 99900, amountOff: 100 }] }, acknowledgeOverlaps: true } });
    expect(created.status()).toBe(201);
    const p = await created.json();
    await request.post(`/api/admin/promotions/${p.id}/submit`, { headers: bearer(adminA) });
    await request.post(`/api/admin/promotions/${p.id}/approve`, { headers: bearer(adminA), data: { acknowledgeOverlaps: true } });
    const res = await request.post(`/api/admin/promotions/${p.id}/withdraw-items`, { headers: bearer(adminA), data: { skuIds: [skuB] } });
    expect(res.status()).toBe(400);
    expect((await res.json()).error.fields).toEqual({ "skuIds.0": "another shop's SKU" });
    await request.post(`/api/admin/promotions/${p.id}/terminate`, { headers: bearer(adminA), data: { reason: "test over" } });
  });
});

test("a deactivated staff member's session stops working within seconds", async ({ request, playwright }) => {
  const email = `deact-${Date.now()}@e2e.test`;
  const created = await request.post("/api/admin/staff", { headers: bearer(platformKey()), data: { email, name: "Deact", role: "ADMIN", password: "secret-123", shopId: (await shops(request))[0].id } });
  expect(created.status()).toBe(201);
  const staff = await created.json();
  const me = await playwright.request.newContext({ baseURL: test.info().project.use.baseURL });
  expect((await me.post("/api/auth/sign-in/staff", { data: { email, password: "secret-123" } })).status()).toBe(200);
  expect((await me.get("/api/admin/products")).status()).toBe(200);
  expect((await request.patch(`/api/admin/staff/${staff.id}`, { headers: bearer(platformKey()), data: { active: false } })).status()).toBe(200);
  await expect.poll(async () => (await me.get("/api/admin/products")).status(), { timeout: 8_000 }).toBe(401);
  expect((await me.post("/api/admin/api-keys", { data: { name: "after", role: "ADMIN" } })).status()).toBe(401);
  await me.dispose();
});

test("sign-in never follows a redirect target to another origin", async ({ page, request }) => {
  for (const target of ["/\\evil.example/x", "/\t/evil.example/x", "//evil.example/x", "https://evil.example/x"]) {
    const res = await request.post("/api/auth/sign-in/shopper", { form: { email: "bob@demo.test", password: "demo1234", callbackUrl: target }, maxRedirects: 0 });
    expect(res.status()).toBe(303);
    expect(res.headers().location).toBe("/");
  }
  await page.goto("/login?callbackUrl=/%5Cevil.example/x");
  await page.getByLabel(/Email|邮箱/).fill("bob@demo.test");
  await page.getByLabel(/Password|密码/).fill("demo1234");
  await page.getByRole("button", { name: /^(Sign in|登录)$/ }).click();
  await expect(page).toHaveURL(/^http:\/\/localhost:\d+\/(en)?$/);
  await page.goto("/admin/login?callbackUrl=/%09/evil.example/x");
  expect(await page.locator('input[name="callbackUrl"]').inputValue()).toBe("/admin");
});

test("the sign-in form posts without scripts and never puts the password in the URL", async ({ browser }) => {
  const ctx = await browser.newContext({ javaScriptEnabled: false });
  const page = await ctx.newPage();
  const urls: string[] = [];
  page.on("request", (r) => urls.push(r.url()));
  await page.goto("/admin/login?callbackUrl=/admin/promotions");
  await page.getByLabel(/Email|邮箱/).fill("operator@techpick.test");
  await page.getByLabel(/Password|密码/).fill("demo1234");
  await page.getByRole("button", { name: /^(Sign in|登录)$/ }).click();
  await expect(page).toHaveURL(/\/admin\/promotions$/);
  expect(urls.some((u) => u.includes("demo1234"))).toBe(false);
  await page.goto("/login");
  await page.getByLabel(/Email|邮箱/).fill("bob@demo.test");
  await page.getByLabel(/Password|密码/).fill("wrong-one");
  await page.getByRole("button", { name: /^(Sign in|登录)$/ }).click();
  await expect(page).toHaveURL(/\/login\?error=failed/);
  await expect(page.getByRole("alert")).toBeVisible();
  await ctx.close();
});

test("sign-in is limited per account and IP: the 11th wrong password in a minute gets 429 with a clear message", async ({ request }) => {
  const email = `nobody-${Date.now()}@e2e.test`;
  const statuses: number[] = [];
  for (let i = 0; i < 12; i++) statuses.push((await request.post("/api/auth/sign-in/shopper", { data: { email, password: `guess-${i}` } })).status());
  expect(statuses.slice(0, 10)).toEqual(Array(10).fill(401));
  expect(statuses.slice(10)).toEqual([429, 429]);
  const last = await request.post("/api/auth/sign-in/shopper", { data: { email, password: "x" } });
  expect(last.headers()["retry-after"]).toMatch(/^\d+$/);
  expect((await last.json()).error).toMatchObject({ code: "RATE_LIMITED", message: expect.stringMatching(/Too many failed sign-ins/) });
});

test.describe("CSRF", () => {
  let evil: Server;
  const EVIL_PORT = 3199;
  test.beforeAll(async () => {
    evil = createServer((req, res) => {
      const target = `${test.info().project.use.baseURL}/api/orders`;
      res.writeHead(200, { "content-type": "text/html" });
      res.end(`<form id="f" method="post" enctype="text/plain" action="${target}"><input name='{"lines":[{"skuId":"${new URL(req.url!, "http://x").searchParams.get("sku")}","quantity":1}],"idempotencyKey":"csrf-attack-0001","pad":"' value='"}'></form><script>document.getElementById("f").submit()</script>`);
    }).listen(EVIL_PORT);
  });
  test.afterAll(() => evil.close());

  test("a text/plain form post from another origin of the same site places no order", async ({ page, request }) => {
    const sku = (await (await request.get("/api/admin/products?take=1", { headers: bearer(platformKey()) })).json()).items[0].skus[0].id;
    await signIn(page, "/login", "carol@demo.test");
    await expect(page).toHaveURL(/localhost:\d+\/(en)?$/);
    const answer = page.waitForResponse((r) => r.url().endsWith("/api/orders"));
    await page.goto(`http://localhost:${EVIL_PORT}/?sku=${sku}`);
    const res = await answer;
    expect(res.status()).toBe(403);
    expect((await res.json()).error.code).toBe("CROSS_ORIGIN");
    expect(await sql(`SELECT id FROM "Order" WHERE "idempotencyKey" = 'csrf-attack-0001'`)).toEqual([]);
  });

  test("a cookie write with a foreign Origin is refused; the same origin passes", async ({ page }) => {
    await signIn(page, "/login", "dave@demo.test");
    await expect(page).toHaveURL(/localhost:\d+\/(en)?$/);
    const body = { lines: [{ skuId: "none", quantity: 1 }] };
    const foreign = await page.request.post("/api/checkout/price", { data: body, headers: { origin: "http://localhost:3199" } });
    expect(foreign.status()).toBe(403);
    const same = await page.request.post("/api/checkout/price", { data: body, headers: { origin: test.info().project.use.baseURL! } });
    expect(same.status()).toBe(400); // past the Origin check: the unknown SKU is the problem
  });
});

test("read your writes: an approval on one instance is priced by the other at once", async ({ request }) => {
  const [shop] = await shops(request);
  const key = platformKey();
  const skuId = (await (await request.post("/api/admin/products", { headers: bearer(key), data: { shopId: shop.id, name: "RYW", skus: [{ code: `RYW-${Date.now()}`, price: 50000, stock: 100 }] } })).json()).skus[0].id;
  const shopper = (await shopperWithPassword(request, "ryw")).id;
  const priceOn = async (base: string) => (await (await request.post(`${base}/api/checkout/price`, { headers: bearer(key), data: { userId: shopper, lines: [{ skuId, quantity: 1 }], couponIds: [] } })).json()).total as number;
  const before = await priceOn(SECOND_INSTANCE); // fills the second instance's cache
  const now = Date.now();
  const p = await (await request.post("/api/admin/promotions", { headers: bearer(key), data: { shopId: shop.id, name: "RYW 特价", type: "DISCOUNT", startsAt: new Date(now - 60_000).toISOString(), endsAt: new Date(now + 3_600_000).toISOString(), scope: { skuIds: [skuId] }, rules: { items: [{ skuId, amountOff: 1234 }] } } })).json();
  await request.post(`/api/admin/promotions/${p.id}/submit`, { headers: bearer(key) });
  expect((await request.post(`/api/admin/promotions/${p.id}/approve`, { headers: bearer(key) })).status()).toBe(200);
  expect(await priceOn(SECOND_INSTANCE)).toBe(before - 1234);
  expect((await request.post(`/api/admin/promotions/${p.id}/terminate`, { headers: bearer(key), data: { reason: "done" } })).status()).toBe(200);
  expect(await priceOn(SECOND_INSTANCE)).toBe(before);
});

test("pay is idempotent under concurrency: every answer for a paid order says PAID", async ({ request }) => {
  const key = platformKey();
  const shopper = (await shopperWithPassword(request, "paypay")).id;
  const sku = (await (await request.get("/api/admin/products?take=1", { headers: bearer(key) })).json()).items[0].skus[0].id;
  const order = await (await request.post("/api/orders", { headers: bearer(key), data: { userId: shopper, lines: [{ skuId: sku, quantity: 1 }], idempotencyKey: `pay-${Date.now()}` } })).json();
  const answers = await Promise.all(Array.from({ length: 12 }, () => request.post(`/api/orders/${order.id}/pay`, { headers: bearer(key), data: { userId: shopper } })));
  for (const a of answers) {
    expect(a.status()).toBe(200);
    expect((await a.json()).status).toBe("PAID");
  }
});

test("malformed URLs and path ids are answered 400 at once; pages and APIs carry security headers", async ({ request }) => {
  const bad = await request.post("/api/flash-sales/%E0%A4%A/attempt", { headers: bearer(platformKey()), data: {}, timeout: 5_000 });
  expect(bad.status()).toBe(400);
  const nul = await request.get("/api/admin/promotions/ab%00cd", { headers: bearer(platformKey()) });
  expect(nul.status()).toBe(400);
  expect((await nul.json()).error.fields).toEqual({ "params.id": "is not an id" });
  for (const path of ["/", "/api/health", "/admin/login"]) {
    const h = (await request.get(path)).headers();
    expect(h["content-security-policy"], path).toContain("frame-ancestors 'none'");
    expect(h["x-content-type-options"]).toBe("nosniff");
    expect(h["referrer-policy"]).toBe("strict-origin-when-cross-origin");
  }
  const fast = await request.post("/api/checkout/price", { headers: bearer(platformKey()), data: {} });
  expect(fast.headers()["x-content-type-options"]).toBe("nosniff");
});
