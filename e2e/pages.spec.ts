import { expect, test } from "@playwright/test";
import { bearer, platformKey, shopperWithPassword, signIn } from "./helpers";

// Issue 15 (part): activity pages over the API and their server-rendered /p/{slug} on a phone.

test("the seeded 双11 page renders on a phone with 到手价, a shopper buys from it; a page made and published over the API is live at once; unknown slugs are 404", async ({ browser, request }) => {
  test.setTimeout(120_000);
  const shopper = await shopperWithPassword(request, "pages", { firstOrderDone: true });
  const ctx = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const page = await ctx.newPage();
  await signIn(page, "/login", shopper.email);
  await page.goto("/p/double11");
  await expect(page.getByTestId("activity-page")).toBeVisible();
  await expect(page.getByTestId("page-grid").getByTestId("product-card").first()).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await page.screenshot({ path: "test-results/page-double11.png", fullPage: true });
  await page.getByTestId("page-grid").getByTestId("product-card").first().click();
  await expect(page).toHaveURL(/\/products\//);
  await page.getByRole("button", { name: /^(Add to cart|加入购物车)/ }).first().click();
  await expect(page.getByRole("status")).toContainText(/Added to your cart|已加入购物车/);
  await page.goto("/checkout");
  await page.getByRole("button", { name: /^(Place order|提交订单)$/ }).click();
  await expect(page).toHaveURL(/\/orders\/[^/]+\/pay$/);

  const slug = `api-page-${Date.now()}`;
  const made = await request.post("/api/admin/pages", { headers: bearer(platformKey()), data: { slug, title: "接口页", blocks: [{ id: "hero", type: "BANNER", image: "/banners/newcomer.svg", title: "接口创建的页面" }, { id: "txt1", type: "RICH_TEXT", html: "<p>你好</p>" }] } });
  expect(made.status()).toBe(201);
  const { id } = await made.json();
  const before = await page.goto(`/p/${slug}`);
  expect(before?.status()).toBe(404); // a draft is not live
  expect((await request.post(`/api/admin/pages/${id}/publish`, { headers: bearer(platformKey()), data: {} })).status()).toBe(201);
  await page.goto(`/p/${slug}`);
  await expect(page.getByText("接口创建的页面")).toBeVisible();
  const taken = await request.post("/api/admin/pages", { headers: bearer(platformKey()), data: { slug, title: "again", blocks: [] } });
  expect((await taken.json()).error.fields).toEqual({ slug: "is taken by another page" });
  expect((await page.goto("/p/no-such-page"))?.status()).toBe(404);
  await ctx.close();
});
