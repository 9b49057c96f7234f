import { expect, test } from "@playwright/test";
import { bearer, platformKey, signIn } from "./helpers";

// Issue 7 in the browser: the dashboard draws its charts, and a promotion's report shows the
// exact cents of the order that took part in it.

const key = () => bearer(platformKey());
const yuan = (cents: number) => `¥${(cents / 100).toLocaleString("en-US", { minimumFractionDigits: 2 })}`;

test("a promotion's report shows its order's GMV and discount cost to the cent; the dashboard renders its charts", async ({ page, request }) => {
  const tag = String(Date.now()).slice(-6);
  const shop = await (await request.post("/api/admin/shops", { headers: key(), data: { name: `报表店 ${tag}`, shippingFee: 0 } })).json();
  const product = await (await request.post("/api/admin/products", { headers: key(), data: { shopId: shop.id, name: `报表商品 ${tag}`, skus: [{ code: `RPT-${tag}`, price: 8888, stock: 10 }] } })).json();
  const now = Date.now();
  const promo = await (
    await request.post("/api/admin/promotions", {
      headers: key(),
      data: { shopId: shop.id, name: `报表满减 ${tag}`, type: "FULL_REDUCTION", startsAt: new Date(now - 60_000).toISOString(), endsAt: new Date(now + 86_400_000).toISOString(), scope: { all: true }, rules: { basis: "AMOUNT", tiers: [{ threshold: 10000, amountOff: 1234 }] } },
    })
  ).json();
  await request.post(`/api/admin/promotions/${promo.id}/submit`, { headers: key() });
  await request.post(`/api/admin/promotions/${promo.id}/approve`, { headers: key() });
  const shopper = await (await request.post("/api/admin/shoppers", { headers: key(), data: { externalId: `e2e-report-${tag}`, name: "报表", firstOrderDone: true } })).json();
  const order = await (await request.post("/api/orders", { headers: key(), data: { userId: shopper.id, lines: [{ skuId: product.skus[0].id, quantity: 2 }], idempotencyKey: `report-${tag}` } })).json();
  expect(order.total).toBe(2 * 8888 - 1234);
  await request.post(`/api/orders/${order.id}/pay`, { headers: key(), data: { userId: shopper.id } });

  const api = await (await request.get(`/api/admin/promotions/${promo.id}/report`, { headers: key() })).json();
  expect(api).toMatchObject({ orders: 1, participants: 1, payingUsers: 1, gmv: order.total, discountCost: 1234 });

  await signIn(page, "/admin/login", "admin@platform.test");
  await expect(page).toHaveURL(/\/admin$/);
  await expect(page.getByTestId("money-overview")).toBeVisible();
  await expect(page.getByTestId("report-series-chart").locator("svg.recharts-surface").first()).toBeVisible();
  await expect(page.getByTestId("status-chart").locator("svg.recharts-surface").first()).toBeVisible();

  await page.goto(`/admin/promotions/${promo.id}`);
  await page.getByTestId("report-link").click();
  const stats = page.getByTestId("report-stats");
  await expect(stats).toContainText(yuan(order.total));
  await expect(stats).toContainText(yuan(1234));
  await expect(page.getByTestId("report-series-chart").locator("svg.recharts-surface").first()).toBeVisible();
});
