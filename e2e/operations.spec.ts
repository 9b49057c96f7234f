import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { expect, test } from "@playwright/test";
import { bearer, platformKey, shopperWithPassword, signIn, sql } from "./helpers";

// Issue 18 in the browser: the live monitor moves while orders are placed; a webhook is set up
// in the admin and its signed test event reaches a real receiver; an alert rule raises an alert
// the staff acknowledge.
test.use({ locale: "en-US" });
const key = () => bearer(platformKey());

test("the live monitor moves while orders are placed and paid", async ({ page, request }) => {
  test.setTimeout(120_000);
  const [shop] = (await (await request.get("/api/admin/shops", { headers: key() })).json()).items;
  const tag = Date.now() % 100000;
  const product = await (await request.post("/api/admin/products", { headers: key(), data: { shopId: shop.id, name: `实时监控测试品 ${tag}`, skus: [{ code: `LIVE-${tag}`, price: 20000, stock: 50 }] } })).json();
  const skuId = product.skus[0].id as string;
  const now = Date.now();
  const created = await request.post("/api/admin/promotions", {
    headers: key(),
    data: { shopId: shop.id, name: `E2E 实时 满100减10 ${tag}`, type: "FULL_REDUCTION", startsAt: new Date(now - 60_000).toISOString(), endsAt: new Date(now + 3_600_000).toISOString(), scope: { skuIds: [skuId] }, rules: { basis: "AMOUNT", tiers: [{ threshold: 10000, amountOff: 1000 }] }, stacking: { exclusiveGroup: `live-${tag}` }, limits: { budget: 100000 } },
  });
  expect(created.status()).toBe(201);
  const { id } = await created.json();
  await request.post(`/api/admin/promotions/${id}/submit`, { headers: key(), data: { acknowledgeOverlaps: true } });
  expect((await (await request.post(`/api/admin/promotions/${id}/approve`, { headers: key() })).json()).status).toBe("ACTIVE");

  await signIn(page, "/admin/login", "admin@platform.test");
  await page.goto(`/admin/promotions/${id}/live`);
  await expect(page.getByTestId("live-orders")).toHaveText("0");
  for (let i = 1; i <= 3; i++) {
    const s = await shopperWithPassword(request, `live${i}`, { firstOrderDone: true });
    const order = await (await request.post("/api/orders", { headers: key(), data: { userId: s.id, lines: [{ skuId, quantity: 1 }], idempotencyKey: `live-${tag}-${i}` } })).json();
    expect(order.total).toBeLessThanOrEqual(19000);
    const paid = await request.post(`/api/orders/${order.id}/pay`, { headers: key(), data: { userId: s.id } });
    expect(paid.ok()).toBe(true);
    // pushed by the server (no reload): the counters follow each payment
    await expect(page.getByTestId("live-orders")).toHaveText(String(i), { timeout: 10_000 });
  }
  await expect(page.getByTestId("live-participants")).toHaveText("3");
  await expect(page.getByTestId("live-cost")).toHaveText("¥30.00");
  // the report, built from the ledger afterwards, agrees
  const report = await (await request.get(`/api/admin/promotions/${id}/report`, { headers: key() })).json();
  const live = await (await request.get(`/api/admin/promotions/${id}/live`, { headers: key() })).json();
  expect({ orders: live.orders, gmv: live.gmv, cost: live.cost }).toEqual({ orders: report.orders, gmv: report.gmv, cost: report.discountCost });
  await page.goto("/admin/live");
  await expect(page.getByTestId("war-room").getByRole("link", { name: `E2E 实时 满100减10 ${tag}` })).toBeVisible();
});

test("a webhook set up in the admin delivers its signed test event to a real receiver; the log shows it", async ({ page }) => {
  test.setTimeout(90_000);
  const got: { headers: Record<string, string | string[] | undefined>; body: string }[] = [];
  const server: Server = createServer((req, res) => {
    let body = "";
    req.on("data", (c) => (body += c));
    req.on("end", () => {
      got.push({ headers: req.headers, body });
      res.writeHead(200).end("ok");
    });
  });
  await new Promise<void>((ok) => server.listen(0, "127.0.0.1", () => ok()));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook-${Date.now()}`;
  try {
    await signIn(page, "/admin/login", "admin@platform.test");
    await page.goto("/admin/webhooks");
    const form = page.getByTestId("webhook-form");
    await form.getByLabel("Receiver URL").fill("ftp://nope.example.com/x");
    await form.getByRole("button", { name: "Create" }).click();
    await expect(form.getByText("must be http or https").first()).toBeVisible();
    await form.getByLabel("Receiver URL").fill(url);
    await form.getByRole("button", { name: "Create" }).click();
    const secret = await page.getByTestId("webhook-secret").innerText();
    expect(secret).toMatch(/^whsec_/);
    await page.reload();
    await expect(page.getByTestId("webhook-secret")).toHaveCount(0); // shown once
    const card = page.getByTestId("webhook-sub").filter({ hasText: url });
    await card.getByRole("button", { name: "Send test" }).click();
    // (orders of tests running alongside may arrive first: this subscription takes order events too)
    await expect.poll(() => got.some((g) => g.headers["x-promo-event"] === "webhook.test"), { timeout: 15_000 }).toBe(true);
    const hit = got.find((g) => g.headers["x-promo-event"] === "webhook.test")!;
    expect(String(hit.headers["x-promo-signature"])).toMatch(/^t=\d+,v1=[0-9a-f]{64}$/);
    const { createHmac } = await import("node:crypto");
    const [t, v1] = String(hit.headers["x-promo-signature"]).split(",").map((p) => p.split("=")[1]);
    expect(createHmac("sha256", secret).update(`${t}.${hit.body}`).digest("hex")).toBe(v1);
    await expect.poll(async () => (await sql<{ status: string }>(`SELECT d.status::text FROM "WebhookDelivery" d JOIN "WebhookSubscription" s ON s.id = d."subscriptionId" WHERE s.url = $1`, [url]))[0]?.status, { timeout: 10_000 }).toBe("DELIVERED");
    await page.reload();
    await expect(page.getByTestId("webhook-log").getByText("Delivered").first()).toBeVisible();

    // rotate the secret: the new one is shown once; the next test event carries both signatures
    const rotate = page.getByTestId("webhook-sub").filter({ hasText: url });
    // a double click: two clicks in one task, before the button can disable itself — two requests, one key
    await rotate.getByTestId("webhook-rotate").evaluate((b: HTMLButtonElement) => {
      b.click();
      b.click();
    });
    const rotated = await rotate.getByTestId("webhook-rotated-secret").innerText();
    expect(rotated).toMatch(/^whsec_/);
    expect(rotated).not.toBe(secret);
    await expect(rotate.getByTestId("webhook-previous-until")).toBeVisible();
    expect((await sql<{ n: number }>(`SELECT count(*)::int AS n FROM "AuditLog" a JOIN "WebhookSubscription" s ON s.id = a."entityId" WHERE s.url = $1 AND a.action = 'rotate-secret'`, [url]))[0].n).toBe(1); // a double click rotates once
    const before = got.length;
    await rotate.getByRole("button", { name: "Send test" }).click();
    await expect.poll(() => got.slice(before).some((g) => g.headers["x-promo-event"] === "webhook.test"), { timeout: 15_000 }).toBe(true);
    const second = got.slice(before).find((g) => g.headers["x-promo-event"] === "webhook.test")!;
    const [t2, ...v1s] = String(second.headers["x-promo-signature"]).split(",").map((p) => p.split("=")[1]);
    expect(v1s.sort()).toEqual([secret, rotated].map((k) => createHmac("sha256", k).update(`${t2}.${second.body}`).digest("hex")).sort());
  } finally {
    server.close();
  }
});

test("an alert rule raises an alert within the clock's tick; staff acknowledge it; impossible thresholds are refused", async ({ page }) => {
  test.setTimeout(90_000);
  await signIn(page, "/admin/login", "admin@platform.test");
  await page.goto("/admin/alerts");
  const form = page.getByTestId("alert-rule-form");
  await form.getByLabel("Kind").selectOption("BUDGET_BURN");
  await form.getByLabel("Threshold").fill("150");
  await form.getByRole("button", { name: "Add rule" }).click();
  await expect(page.getByText(/threshold: must be 1–100/)).toBeVisible();
  // every live promotion with activity stock is at or under a million units: fires at once
  await form.getByLabel("Kind").selectOption("STOCK_LOW");
  await form.getByLabel("Threshold").fill("1000000");
  const started = Date.now();
  await form.getByRole("button", { name: "Add rule" }).click();
  await expect(page.getByText("Rule added")).toBeVisible();
  await expect
    .poll(async () => { await page.reload(); return page.getByTestId("alert-list").locator("li").count(); }, { timeout: 30_000, intervals: [1_000] })
    .toBeGreaterThan(0);
  console.log(`alert latency (rule saved → alert in the list): ${Date.now() - started} ms`);
  const first = page.getByTestId("alert-list").locator("li").filter({ hasText: "Stock low" }).first();
  await first.getByRole("button", { name: "Acknowledge" }).click();
  await expect(page.getByTestId("alert-list").locator("li").filter({ hasText: "Acknowledged" }).first()).toBeVisible();
  await expect(page.getByTestId("alert-bell")).toBeVisible();
});

test("风控: a device blacklisted on the risk page cannot claim (a typed reason); the report counts it", async ({ page, request }) => {
  test.setTimeout(90_000);
  const device = `dev-e2e-${Date.now()}`;
  await signIn(page, "/admin/login", "admin@platform.test");
  await page.goto("/admin/risk");
  await page.getByLabel("Kind", { exact: true }).selectOption("DEVICE");
  await page.getByLabel("Value", { exact: true }).fill(device);
  await page.getByLabel("Reason", { exact: true }).fill("bot farm");
  await page.getByRole("button", { name: "Add", exact: true }).click();
  await expect(page.getByTestId("risk-blacklist").getByText(device)).toBeVisible();

  const template = await (await request.post("/api/admin/coupon-templates", { headers: key(), data: { name: "风控券", kind: "AMOUNT_OFF", amountOff: 500, validDays: 3, stacksWithPromotions: true, totalQuantity: 10 } })).json();
  const now = Date.now();
  const campaignId = (await (await request.post("/api/admin/coupon-campaigns", { headers: key(), data: { templateId: template.id, claimStartsAt: new Date(now - 60_000).toISOString(), claimEndsAt: new Date(now + 3_600_000).toISOString(), totalQuantity: 10, perUserLimit: 1 } })).json()).id;
  const s = await shopperWithPassword(request, "risky", { firstOrderDone: true });
  const refused = await request.post("/api/coupons/claim", { headers: { ...key(), "x-device-id": device }, data: { userId: s.id, campaignId } });
  expect(refused.status()).toBe(422);
  expect((await refused.json()).error).toMatchObject({ code: "RISK_REFUSED", details: { reasons: ["BLACKLISTED"] } });
  const ok = await request.post("/api/coupons/claim", { headers: { ...key(), "x-device-id": "dev-clean-000001" }, data: { userId: s.id, campaignId } });
  expect(ok.status()).toBe(201);
  await page.reload();
  await expect(page.getByTestId("risk-report").getByRole("row", { name: /^Claims/ })).toContainText("¥5.00");
});
