import { expect, test, type APIRequestContext } from "@playwright/test";
import { bearer, platformKey, shopperWithPassword, signIn } from "./helpers";

// Issue 6 in the browser: a flash sale's venue sells its one unit once; the monitor shows Redis
// and the database agree; the attempt API answers 200 with a result, replays, and rate-limits;
// a group of two fills through its share link.

const key = () => bearer(platformKey());

async function liveOffer(request: APIRequestContext, type: "FLASH_SALE" | "GROUP_BUY", tag: string) {
  const [shop] = (await (await request.get("/api/admin/shops", { headers: key() })).json()).items;
  const product = await (await request.post("/api/admin/products", { headers: key(), data: { shopId: shop.id, name: `${type === "FLASH_SALE" ? "秒杀" : "拼团"}测试品 ${tag}`, skus: [{ code: `${type}-${tag}`, price: 29900, stock: 50 }] } })).json();
  const skuId = product.skus[0].id as string;
  const now = Date.now();
  const rules = type === "FLASH_SALE" ? { items: [{ skuId, flashPrice: 9900, stock: 1, perUserLimit: 1 }] } : { items: [{ skuId, groupPrice: 19900 }], groupSize: 2, timeLimitMinutes: 60 };
  const res = await request.post("/api/admin/promotions", {
    headers: key(),
    data: { shopId: shop.id, name: `${type === "FLASH_SALE" ? "E2E 秒杀" : "E2E 2人团"} ${tag}`, type, startsAt: new Date(now - 60_000).toISOString(), endsAt: new Date(now + 3_600_000).toISOString(), scope: { skuIds: [skuId] }, rules, stacking: { withCoupons: false, withPlatform: false, withOrderPromotions: false }, labelPriority: 50 },
  });
  expect(res.status()).toBe(201);
  const { id, startsAt } = await res.json();
  await request.post(`/api/admin/promotions/${id}/submit`, { headers: key() });
  expect((await (await request.post(`/api/admin/promotions/${id}/approve`, { headers: key() })).json()).status).toBe("ACTIVE");
  return { promotionId: id as string, startsAt: new Date(startsAt as string).getTime(), productId: product.id as string, skuId, name: `${type === "FLASH_SALE" ? "E2E 秒杀" : "E2E 2人团"} ${tag}` };
}

test("the flash-sale venue sells its one unit once; the loser is told it is sold out; the monitor agrees", async ({ browser, request }) => {
  const sale = await liveOffer(request, "FLASH_SALE", String(Date.now()).slice(-6));
  // both shoppers have the venue open before the sale's one unit goes
  const pages = [];
  for (const who of ["fast", "slow"]) {
    const s = await shopperWithPassword(request, `flash-${who}`, { firstOrderDone: true });
    // the fast shopper is on a phone: the row must keep its shape after the win (issue 11 #12)
    const ctx = await browser.newContext({ locale: "zh-CN", ...(who === "fast" ? { viewport: { width: 390, height: 844 } } : {}) });
    const page = await ctx.newPage();
    await signIn(page, "/login", s.email);
    await expect(page).toHaveURL(/localhost:\d+\/(en)?$/);
    await page.goto(`/flash-sales?slot=${sale.startsAt}`);
    await expect(page.getByRole("region", { name: sale.name }).getByTestId("flash-attempt")).toHaveText("立即抢购");
    pages.push(page);
  }
  const [fast, slow] = pages.map((p) => p.getByRole("region", { name: sale.name }));
  await fast.getByTestId("flash-attempt").click();
  await expect(fast.getByTestId("flash-outcome")).toContainText("抢到了");
  // won: the button says so and takes no second click; the item's name keeps its room beside it
  await expect(fast.getByTestId("flash-attempt")).toHaveText("已抢到");
  await expect(fast.getByTestId("flash-attempt")).toBeDisabled();
  const info = await fast.getByTestId("flash-item").locator("> div.min-w-0").boundingBox();
  expect(info!.width).toBeGreaterThan(110);
  expect(await pages[0].evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  // the venue's live stock follows (polled every 3 s): the slow shopper's button turns into 已抢光, disabled
  await expect(slow.getByTestId("flash-left")).toContainText("剩余 0 件", { timeout: 10_000 });
  await expect(slow.getByTestId("flash-attempt")).toHaveText("已抢光");
  await expect(slow.getByTestId("flash-attempt")).toBeDisabled();
  await fast.getByTestId("flash-outcome").getByRole("link", { name: "去支付" }).click();
  await expect(pages[0].getByTestId("pay-amount")).toHaveText(/¥99\.00|¥109\.00/);
  await pages[0].getByRole("button", { name: "确认支付" }).click();
  await expect(pages[0]).toHaveURL(/paid=1/);
  for (const p of pages) await p.context().close();

  const admin = await browser.newContext({ locale: "zh-CN" });
  const page = await admin.newPage();
  await signIn(page, "/admin/login", "admin@platform.test");
  await expect(page).toHaveURL(/\/admin$/);
  await page.goto("/admin/flash-sales");
  const monitor = page.getByTestId("flash-monitor").filter({ hasText: sale.name });
  // stock 1 · sold 1 · unpaid 0 · left in the database 0 · left in Redis 0 · agree
  await expect(monitor.getByRole("row").nth(1).getByRole("cell")).toHaveText([/FLASH_SALE-/, "1", "1", "0", "0", "0", "一致"]);
  await admin.close();
});

test("the attempt API: 200 with a result for every outcome, a replayed key repeats the first answer, a shopper trying too fast gets 429", async ({ request }) => {
  const sale = await liveOffer(request, "FLASH_SALE", `api${String(Date.now()).slice(-5)}`);
  const [a, b] = await Promise.all([shopperWithPassword(request, "api-a"), shopperWithPassword(request, "api-b")]);
  const attempt = (userId: string, idempotencyKey: string) => request.post(`/api/flash-sales/${sale.promotionId}/attempt`, { headers: key(), data: { userId, skuId: sale.skuId, quantity: 1, idempotencyKey } });
  const won = await attempt(a.id, "api-key-0001");
  expect(won.status()).toBe(200);
  // the answer comes from Redis alone; the same request again gives the order once it is written
  expect(await won.json()).toEqual({ result: "WON", queued: true });
  let first: { result: string; orderId?: string; queued?: boolean } = { result: "" };
  await expect.poll(async () => (first = await (await attempt(a.id, "api-key-0001")).json()).orderId, { timeout: 5_000 }).toEqual(expect.any(String));
  expect(first).toEqual({ result: "WON", orderId: expect.any(String) });
  expect(await (await attempt(a.id, "api-key-0001")).json()).toEqual(first);
  expect(await (await attempt(b.id, "api-key-0002")).json()).toEqual({ result: "SOLD_OUT" });
  expect(await (await attempt(a.id, "api-key-0003")).json()).toEqual({ result: "LIMIT_REACHED" });
  const bad = await request.post(`/api/flash-sales/${sale.promotionId}/attempt`, { headers: key(), data: { userId: b.id, skuId: sale.skuId, quantity: 0, idempotencyKey: "x" } });
  expect(bad.status()).toBe(400);
  expect(Object.keys((await bad.json()).error.fields)).toEqual(expect.arrayContaining(["quantity", "idempotencyKey"]));
  const burst = await Promise.all(Array.from({ length: 12 }, (_, i) => attempt(b.id, `burst-${i}-key`)));
  expect(burst.map((r) => r.status())).toContain(429);
  expect(burst.every((r) => r.status() === 200 || r.status() === 429)).toBe(true);
});

test("a group of two: the leader opens and pays, the share link lets a friend join, paying completes the group", async ({ browser, request }) => {
  const gb = await liveOffer(request, "GROUP_BUY", String(Date.now()).slice(-6));
  const leader = await shopperWithPassword(request, "leader", { firstOrderDone: true });
  const friend = await shopperWithPassword(request, "friend", { firstOrderDone: true });
  const l = await browser.newContext({ locale: "zh-CN" });
  const lp = await l.newPage();
  await signIn(lp, "/login", leader.email);
  await expect(lp).toHaveURL(/localhost:\d+\/(en)?$/);
  await lp.goto(`/products/${gb.productId}`);
  await lp.getByTestId("group-open").click();
  await expect(lp).toHaveURL(/\/pay$/);
  await expect(lp.getByTestId("pay-amount")).toHaveText(/¥199\.00|¥209\.00/);
  await lp.getByRole("button", { name: "确认支付" }).click();
  await lp.getByTestId("order-group").click();
  await expect(lp.getByTestId("group-status")).toHaveText("还差 1 人成团");
  const shareUrl = await lp.getByTestId("group-share").inputValue();

  const f = await browser.newContext({ locale: "zh-CN" });
  const fp = await f.newPage();
  await signIn(fp, "/login", friend.email);
  await expect(fp).toHaveURL(/localhost:\d+\/(en)?$/);
  await fp.goto(new URL(shareUrl).pathname);
  await fp.getByRole("button", { name: /参团/ }).click();
  await expect(fp).toHaveURL(/\/pay$/);
  await fp.getByRole("button", { name: "确认支付" }).click();
  await fp.getByTestId("order-group").click();
  await expect(fp.getByTestId("group-status")).toHaveText("拼团成功！");
  await lp.reload();
  await expect(lp.getByTestId("group-status")).toHaveText("拼团成功！");
  await l.close();
  await f.close();
});
