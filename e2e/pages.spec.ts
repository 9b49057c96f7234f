import { expect, test } from "@playwright/test";
import { bearer, platformKey, shopperWithPassword, signIn, sql } from "./helpers";

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

test("an operator builds a page by dragging blocks (and by keyboard), publishes it, and a shopper on a phone buys from it", async ({ browser, request }) => {
  test.setTimeout(150_000);
  const staff = await browser.newPage({ viewport: { width: 1366, height: 900 } });
  await signIn(staff, "/admin/login", "admin@platform.test");
  await expect(staff).toHaveURL(/\/admin$/);
  await staff.goto("/admin/pages/new");
  const slug = `drag-${Date.now()}`;
  await staff.getByLabel(/^(Page title|页面标题)$/).fill("拖拽搭建的页面");
  await staff.getByLabel(/^(Address|页面地址)/).fill(slug);
  await staff.getByRole("button", { name: /^\+ (Banner|横幅)$/ }).click();
  await staff.getByRole("button", { name: /^\+ (Product grid|商品宫格)$/ }).click();
  await staff.getByRole("button", { name: /^\+ (Rules text|规则文本)$/ }).click();
  await staff.getByRole("textbox", { name: /^(Title|标题) \(1\)$/ }).fill("拖拽横幅");
  const [venue] = await sql<{ id: string }>(`SELECT id FROM "Promotion" WHERE status = 'ACTIVE' AND "shopId" IS NULL ORDER BY "labelPriority" DESC, "createdAt" ASC LIMIT 1`);
  await staff.getByRole("combobox", { name: /^(Promotion|活动) \(2\)$/ }).selectOption(venue.id);
  await staff.getByRole("textbox", { name: /^(Rich text|富文本).*\(3\)$/ }).fill("<p>规则写在这里</p>");
  const types = () => staff.getByTestId("block-list").getByTestId("page-block").evaluateAll((els) => els.map((e) => e.getAttribute("data-block-type")));
  expect(await types()).toEqual(["BANNER", "PRODUCT_GRID", "RICH_TEXT"]);
  // drag the rules text above the banner with the mouse
  const handles = staff.getByTestId("drag-handle");
  const from = (await handles.nth(2).boundingBox())!;
  const to = (await handles.nth(0).boundingBox())!;
  await staff.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
  await staff.mouse.down();
  await staff.mouse.move(from.x + from.width / 2, from.y - 10, { steps: 5 });
  await staff.mouse.move(to.x + to.width / 2, to.y + 2, { steps: 15 });
  await staff.mouse.up();
  await expect.poll(types).toEqual(["RICH_TEXT", "BANNER", "PRODUCT_GRID"]);
  // and by keyboard: the rules text one place down again
  // (each step waits for the drag-and-drop live region to announce it, as a screen reader hears it)
  const live = staff.locator('[id^="DndLiveRegion"]');
  const dragged = (await staff.getByTestId("page-block").nth(0).getAttribute("data-block-id"))!;
  await handles.nth(0).focus();
  await staff.keyboard.press("Space");
  await expect(live).toContainText(new RegExp(`Picked up draggable item ${dragged}|${dragged} was moved over`));
  // an arrow pressed before the sensor has measured the blocks moves the item over itself (nothing
  // moved): press again until it is over the next block — never twice once it has moved
  const overNext = new RegExp(`moved over droppable area (?!${dragged}\\.)`);
  const overItself = new RegExp(`moved over droppable area ${dragged}\\.`);
  await staff.keyboard.press("ArrowDown");
  await expect(async () => {
    if (overItself.test(await live.innerText())) await staff.keyboard.press("ArrowDown");
    await expect(live).toContainText(overNext, { timeout: 1_000 });
  }).toPass({ timeout: 15_000 });
  await staff.keyboard.press("Space");
  await expect(live).toContainText(/dropped/);
  await expect.poll(types).toEqual(["BANNER", "RICH_TEXT", "PRODUCT_GRID"]);
  await expect(staff.getByTestId("phone-preview")).toContainText("拖拽横幅");
  await staff.getByRole("button", { name: /^(Save draft|保存草稿)$/ }).click();
  await expect(staff).toHaveURL(/\/admin\/pages\/c[a-z0-9]+$/);
  await staff.getByRole("button", { name: /^(Publish now|立即发布)$/ }).click();
  await expect(staff.getByRole("status").filter({ hasText: /v1/ })).toBeVisible();
  await expect(staff.getByTestId("versions")).toContainText(/live|线上/);
  await staff.screenshot({ path: "test-results/page-editor.png", fullPage: true });

  const shopper = await shopperWithPassword(request, "dragbuy", { firstOrderDone: true });
  const ctx = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const phone = await ctx.newPage();
  await signIn(phone, "/login", shopper.email);
  await phone.goto(`/p/${slug}`);
  await expect(phone.getByText("拖拽横幅")).toBeVisible();
  await expect(phone.getByText("规则写在这里")).toBeVisible();
  await phone.getByTestId("page-grid").getByTestId("product-card").first().click();
  await phone.getByRole("button", { name: /^(Add to cart|加入购物车)/ }).first().click();
  await expect(phone.getByRole("status")).toContainText(/Added to your cart|已加入购物车/);
  await phone.goto("/checkout");
  await phone.getByRole("button", { name: /^(Place order|提交订单)$/ }).click();
  await expect(phone).toHaveURL(/\/orders\/[^/]+\/pay$/);
  await ctx.close();
});

test("the editor's pickers: SKUs found by search, a hot zone drawn on the picture, a coupon campaign; the page's views reach its report", async ({ browser }) => {
  test.setTimeout(120_000);
  const staff = await browser.newPage({ viewport: { width: 1366, height: 900 } });
  await signIn(staff, "/admin/login", "admin@platform.test");
  await expect(staff).toHaveURL(/\/admin$/);
  await staff.goto("/admin/pages/new");
  const slug = `pickers-${Date.now()}`;
  await staff.getByLabel(/^(Page title|页面标题)$/).fill("选择器页面");
  await staff.getByLabel(/^(Address|页面地址)/).fill(slug);
  await staff.getByRole("button", { name: /^\+ (Product grid|商品宫格)$/ }).click();
  await staff.getByRole("button", { name: /^\+ (Hot-zone image|热区图片)$/ }).click();
  await staff.getByRole("button", { name: /^\+ (Coupon strip|优惠券条)$/ }).click();
  // 1. picked SKUs: search, tick two
  await staff.getByRole("combobox", { name: /^(Products from|商品来源) \(1\)$/ }).selectOption("skus");
  await staff.getByRole("searchbox", { name: /^(Find products|搜索商品) \(1\)$/ }).fill("手机");
  const results = staff.getByTestId("sku-results").getByRole("checkbox");
  await expect(results.first()).toBeVisible();
  await results.nth(0).check();
  await results.nth(1).check();
  await expect(staff.getByTestId("picked-skus").getByRole("listitem")).toHaveCount(2);
  // 2. a zone drawn with the pointer (the block starts with one), labelled and linked
  await staff.getByRole("textbox", { name: /^(Image description|图片说明) \(2\)$/ }).fill("新人福利");
  const canvas = (await staff.getByTestId("hot-zone-canvas").boundingBox())!;
  await staff.mouse.move(canvas.x + canvas.width * 0.55, canvas.y + canvas.height * 0.2);
  await staff.mouse.down();
  await staff.mouse.move(canvas.x + canvas.width * 0.9, canvas.y + canvas.height * 0.8, { steps: 8 });
  await staff.mouse.up();
  const zones = staff.getByTestId("hot-zones").getByRole("listitem");
  await expect(zones).toHaveCount(2);
  expect(Number(await zones.nth(1).getByRole("spinbutton").first().inputValue())).toBeGreaterThanOrEqual(50);
  await zones.nth(0).getByRole("textbox", { name: /(Label|说明)$/ }).fill("首页");
  await zones.nth(1).getByRole("textbox", { name: /(Link|链接)/ }).fill("/coupons");
  await zones.nth(1).getByRole("textbox", { name: /(Label|说明)$/ }).fill("去领券");
  // 3. a campaign
  await staff.getByTestId("block-list").getByTestId("page-block").nth(2).getByRole("checkbox").first().check();
  await staff.getByRole("button", { name: /^(Save draft|保存草稿)$/ }).click();
  await expect(staff).toHaveURL(/\/admin\/pages\/c[a-z0-9]+$/);
  const pageId = staff.url().split("/").pop()!;
  await staff.getByRole("button", { name: /^(Publish now|立即发布)$/ }).click();
  await expect(staff.getByRole("status").filter({ hasText: /v1/ })).toBeVisible();
  const [saved] = await sql<{ draft: { type: string; source?: { skuIds?: string[] }; zones?: { x: number; link: string }[]; campaignIds?: string[] }[] }>(`SELECT draft FROM "ActivityPage" WHERE id = $1`, [pageId]);
  expect(saved.draft.map((b) => b.type)).toEqual(["PRODUCT_GRID", "HOT_ZONE", "COUPON_STRIP"]);
  expect(saved.draft[0].source!.skuIds).toHaveLength(2);
  expect(saved.draft[1].zones![1]).toMatchObject({ link: "/coupons" });
  expect(saved.draft[2].campaignIds).toHaveLength(1);

  // a visitor on a phone: one card per picked product, the drawn zone links to the coupon center; the view is counted
  const [{ n: products }] = await sql<{ n: number }>(`SELECT count(DISTINCT "productId")::int AS n FROM "Sku" WHERE id = ANY($1)`, [saved.draft[0].source!.skuIds]);
  const ctx = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const phone = await ctx.newPage();
  await phone.goto(`/p/${slug}`);
  await expect(phone.getByTestId("page-grid").getByTestId("product-card")).toHaveCount(products);
  await expect(phone.getByRole("link", { name: "去领券" })).toHaveAttribute("href", "/coupons");
  await expect.poll(async () => (await sql<{ n: number }>(`SELECT coalesce(sum(views), 0)::int AS n FROM "ActivityPageView" WHERE "pageId" = $1`, [pageId]))[0].n).toBe(1);
  await ctx.close();
  await staff.goto(`/admin/pages/${pageId}/report`);
  await expect(staff.getByTestId("page-report-tiles")).toContainText(/(Views in all|累计浏览)\s*1/);
  await staff.screenshot({ path: "test-results/page-report.png", fullPage: true });
});
