import { expect, test, type Page } from "@playwright/test";
import { shopperWithPassword, signIn, sql } from "./helpers";

// Issue 15 part 2: the shopper basics — search with filters, the category grid and "more" per
// activity kind, the product page (promotion strip, 会员价, flash banner, quantity, sticky buy bar),
// the cart (ticks, delete, 包邮, sticky 结算 bar), order numbers and status tabs — in both languages
// on a phone.

const PHONE = { width: 390, height: 844 };
const LANGS = ["zh", "en"] as const;
const at = (lang: string, path: string) => (lang === "en" ? (path === "/" ? "/en" : `/en${path}`) : path);

async function productIds() {
  const [member] = await sql<{ id: string }>(`SELECT DISTINCT p.id FROM "Product" p JOIN "Sku" k ON k."productId" = p.id WHERE p.active AND k.stock > 10 AND k."memberPrices"::text <> '{}' ORDER BY p.id LIMIT 1`);
  const [flash] = await sql<{ id: string }>(`SELECT DISTINCT k."productId" AS id FROM "Promotion" pr JOIN "PromotionSku" ps ON ps."promotionId" = pr.id JOIN "Sku" k ON k.id = ps."skuId" WHERE pr.type = 'FLASH_SALE' AND pr.status = 'ACTIVE' AND pr."startsAt" <= now() AND pr."endsAt" > now() LIMIT 1`);
  const [other] = await sql<{ id: string; sku: string }>(
    `SELECT p.id, k.id AS sku FROM "Product" p JOIN "Sku" k ON k."productId" = p.id WHERE p.active AND k.stock > 10 AND p."shopId" <> (SELECT "shopId" FROM "Product" WHERE id = $1) AND (SELECT count(*) FROM "Sku" WHERE "productId" = p.id) = 1 ORDER BY p."createdAt" LIMIT 1`,
    [member.id],
  );
  // a member price well below anything a visitor is offered, so the 会员价 tag shows
  await sql(`UPDATE "Sku" SET "memberPrices" = jsonb_build_object('V3', price / 2) WHERE "productId" = $1`, [member.id]);
  return { member: member.id, flash: flash.id, other };
}

/** The sticky bar sits above the bottom navigation, inside the viewport. */
async function aboveBottomNav(page: Page, testId: string) {
  const bar = await page.getByTestId(testId).boundingBox();
  const nav = await page.getByRole("navigation", { name: /商城导航|Shop/ }).boundingBox();
  expect(bar!.y + bar!.height).toBeLessThanOrEqual(nav!.y + 1);
  expect(bar!.y).toBeGreaterThan(0);
}

for (const lang of LANGS) {
  test(`find: category grid, "more" per kind, search with filters and sort (${lang})`, async ({ browser }) => {
    const ctx = await browser.newContext({ viewport: PHONE, locale: lang === "en" ? "en-US" : "zh-CN" });
    const page = await ctx.newPage();
    await page.goto(at(lang, "/"));
    const grid = page.getByTestId("category-grid");
    await expect(grid.getByRole("link").first()).toBeVisible();
    const [cat] = await sql<{ id: string; name: string; nameEn: string | null }>(`SELECT id, name, "nameEn" FROM "Category" WHERE "parentId" IS NULL ORDER BY "sortOrder", name LIMIT 1`);
    await grid.getByRole("link", { name: lang === "en" ? (cat.nameEn ?? cat.name) : cat.name }).click();
    await expect(page).toHaveURL(new RegExp(`/search\\?category=${cat.id}`));
    const inCategory = await sql<{ n: number }>(`SELECT count(DISTINCT p.id)::int AS n FROM "Product" p JOIN "Category" c ON c.id = p."categoryId" JOIN "Shop" s ON s.id = p."shopId" WHERE p.active AND s.active AND c.path LIKE (SELECT path FROM "Category" WHERE id = $1) || '%'`, [cat.id]);
    await expect(page.getByTestId("search-count")).toContainText(String(inCategory[0].n));

    // "more" of a kind lands on that kind's list, every card of that kind
    await page.goto(at(lang, "/"));
    const more = page.getByTestId("more-of-type").first();
    const href = await more.getAttribute("href");
    const type = new URL(href!, "http://x").searchParams.get("type")!;
    await more.click();
    await expect(page).toHaveURL(new RegExp(`/promotions\\?type=${type}`));
    const cards = page.getByTestId("promotion-list").getByRole("link");
    expect(await cards.count()).toBeGreaterThan(0);
    for (const card of await cards.all()) expect(await card.getAttribute("href")).toMatch(/\/promotions\/[^/?]+$/);

    // keyword, then filters (a form) and sort (links) — results in ascending price
    await page.getByTestId("header-search").click();
    await expect(page).toHaveURL(/\/search$/);
    await page.getByRole("searchbox").fill(lang === "en" ? "phone" : "手机");
    await page.getByRole("button", { name: /^(搜索|Search)$/ }).click();
    await expect(page.getByTestId("search-results").getByTestId("product-card").first()).toBeVisible();
    await page.getByText(/^(筛选|Filters)/).click();
    await page.getByLabel(/仅看有货|In stock only/).check();
    await page.getByRole("button", { name: /^(确定|Apply)$/ }).click();
    await expect(page).toHaveURL(/inStock=1/);
    await page.getByRole("link", { name: /价格升序|Price ↑/ }).click();
    await expect(page).toHaveURL(/sort=price-asc/);
    await expect(page).toHaveURL(/inStock=1/);
    const prices = await page.getByTestId("search-results").getByTestId("product-card").evaluateAll((cards) => cards.map((c) => Number(c.getAttribute("data-list-price"))));
    expect(prices.length).toBeGreaterThan(0);
    expect([...prices].sort((a, b) => a - b)).toEqual(prices);
    // a price range nothing is in: none, said in words
    await page.goto(at(lang, "/search?q=%E6%89%8B&min=999999&max=1000000"));
    await expect(page.getByTestId("search-count")).toContainText("0");
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await ctx.close();
  });

  test(`product page, cart and orders on a phone (${lang})`, async ({ browser, request }) => {
    test.setTimeout(120_000);
    const ids = await productIds();
    const shopper = await shopperWithPassword(request, `basics-${lang}`, { firstOrderDone: true });
    const ctx = await browser.newContext({ viewport: PHONE, locale: lang === "en" ? "en-US" : "zh-CN" });
    const page = await ctx.newPage();
    await signIn(page, at(lang, "/login") as "/login", shopper.email);
    await page.waitForURL((u) => !u.pathname.endsWith("/login"));

    // the flash banner with its price and countdown
    await page.goto(at(lang, `/products/${ids.flash}`));
    await expect(page.getByTestId("flash-banner").first()).toContainText(/¥\d/);
    await expect(page.getByTestId("flash-banner").first()).toContainText(/距结束|Ends in/);

    // promotion strip in words linking to venues, 会员价, quantity picker, sticky buy bar
    await page.goto(at(lang, `/products/${ids.member}`));
    const strip = page.getByTestId("promotion-strip");
    await expect(strip.getByRole("link").first()).toHaveAttribute("href", /\/promotions\/[^/]+$/);
    await expect(strip).toContainText(/¥/);
    await expect(page.getByTestId("member-price").first()).toContainText(/会员价|Member price/);
    await aboveBottomNav(page, "buy-bar");
    await page.getByRole("button", { name: /增加一件|One more/ }).click();
    await page.getByRole("button", { name: /增加一件|One more/ }).click();
    await expect(page.getByTestId("buy-qty")).toHaveValue("3");
    await page.getByRole("button", { name: /^(加入购物车|Add to cart)$/ }).click();
    await expect(page.getByRole("status")).toContainText(/已加入购物车|Added to your cart/);
    await page.goto(at(lang, `/products/${ids.other.id}`));
    await page.getByRole("button", { name: /^(加入购物车|Add to cart)$/ }).click();
    await expect(page.getByRole("status")).toContainText(/已加入购物车|Added to your cart/);

    // cart: untick the second line — it stays, unpriced; the bar counts only ticked items
    await page.goto(at(lang, "/cart"));
    await aboveBottomNav(page, "cart-bar");
    await expect(page.getByTestId("cart-checkout")).toContainText("(4)");
    const otherLine = page.locator('[data-testid="cart-line"][data-ticked]').filter({ has: page.locator(`a[href$="/products/${ids.other.id}"]`) });
    await otherLine.getByTestId("cart-tick").click();
    await expect(otherLine).toHaveAttribute("data-ticked", "false");
    await expect(page.getByTestId("cart-checkout")).toContainText("(3)");
    await expect(page.getByTestId("cart-bar-saved")).toContainText(/已省|You save/);
    await expect(page.getByTestId("shop-shipping").first()).toBeVisible();
    // once the re-pricing lands, the bar and the summary show the same total
    await expect(page.locator('[aria-busy="false"]').filter({ has: page.getByTestId("cart-bar") })).toHaveCount(1);
    await expect.poll(async () => (await page.getByTestId("cart-bar-total").textContent()) === (await page.getByTestId("cart-total").textContent())).toBe(true);

    // checkout orders only the ticked line; the unticked one waits in the cart
    await page.getByTestId("cart-checkout").click();
    await expect(page).toHaveURL(/\/checkout/);
    await page.getByRole("button", { name: /^(Place order|提交订单)$/ }).click();
    await expect(page).toHaveURL(/\/orders\/[^/]+\/pay$/);
    const orderId = page.url().match(/orders\/([^/]+)\/pay/)![1];
    const lines = await sql<{ productId: string; quantity: number }>(`SELECT k."productId", l.quantity FROM "OrderLine" l JOIN "Sku" k ON k.id = l."skuId" WHERE l."orderId" = $1 AND NOT l.gift`, [orderId]);
    expect(lines).toEqual([{ productId: ids.member, quantity: 3 }]);
    await page.goto(at(lang, "/cart"));
    await expect(page.locator('[data-testid="cart-line"][data-ticked]')).toHaveCount(1);
    await expect(page.locator('[data-testid="cart-line"][data-ticked]')).toHaveAttribute("data-ticked", "false");
    await expect(page.getByTestId("cart-checkout")).toHaveCount(0); // nothing ticked: 结算 (0) is not a link
    await page.getByTestId("cart-remove").click();
    await expect(page.getByText(/购物车是空的|Your cart is empty/)).toBeVisible();

    // orders: the number, the tabs
    await page.goto(at(lang, "/orders"));
    const [{ number }] = await sql<{ number: number }>(`SELECT number FROM "Order" WHERE id = $1`, [orderId]);
    await expect(page.getByTestId("order-no").first()).toContainText(String(number).padStart(8, "0"));
    await expect(page.getByTestId("order-no").first()).toHaveText(/\d{16}/);
    await page.getByTestId("order-tabs").getByRole("link", { name: /^(待支付|Awaiting payment)/ }).click();
    await expect(page).toHaveURL(/status=PENDING_PAYMENT/);
    await expect(page.getByTestId("order-list").getByRole("link")).toHaveCount(1);
    await page.getByTestId("order-tabs").getByRole("link", { name: /已完成|Completed/ }).click();
    await expect(page.getByTestId("order-list")).toHaveCount(0);
    await page.screenshot({ path: `test-results/basics-orders-${lang}.png` });
    await ctx.close();
  });
}

test("立即购买 orders just that item (other cart lines stay, unticked); a desktop cart keeps its sticky bar", async ({ browser, request }) => {
  const ids = await productIds();
  const shopper = await shopperWithPassword(request, "buy-now", { firstOrderDone: true });
  const ctx = await browser.newContext({ viewport: { width: 1366, height: 900 } });
  const page = await ctx.newPage();
  await signIn(page, "/login", shopper.email);
  await page.waitForURL((u) => !u.pathname.endsWith("/login"));
  await page.goto(`/products/${ids.other.id}`);
  await page.getByRole("button", { name: /^加入购物车$/ }).click();
  await expect(page.getByRole("status")).toBeVisible();
  await page.goto(`/products/${ids.member}`);
  await page.getByRole("button", { name: /^立即购买$/ }).click();
  await expect(page).toHaveURL(/\/checkout$/);
  await page.getByRole("button", { name: /^提交订单$/ }).click();
  await expect(page).toHaveURL(/\/orders\/[^/]+\/pay$/);
  const orderId = page.url().match(/orders\/([^/]+)\/pay/)![1];
  const lines = await sql<{ productId: string; quantity: number }>(`SELECT k."productId", l.quantity FROM "OrderLine" l JOIN "Sku" k ON k.id = l."skuId" WHERE l."orderId" = $1 AND NOT l.gift`, [orderId]);
  expect(lines).toEqual([{ productId: ids.member, quantity: 1 }]);
  await page.goto("/cart");
  const bought = page.locator('[data-testid="cart-line"][data-ticked]'); // not a gift line
  await expect(bought).toHaveCount(1);
  await expect(bought).toHaveAttribute("data-ticked", "false");
  await page.getByRole("checkbox", { name: /^全选$/ }).click();
  await expect(bought).toHaveAttribute("data-ticked", "true");
  await expect(page.getByTestId("cart-bar")).toBeInViewport();
  await page.screenshot({ path: "test-results/basics-cart-desktop.png" });
  await ctx.close();
});

test("on a phone, the chosen kind of promotion is scrolled into view in the chip row (the row only, not the page)", async ({ browser }) => {
  const ctx = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const page = await ctx.newPage();
  await page.goto("/promotions");
  const row = page.getByRole("navigation", { name: "活动类型" });
  const last = row.getByRole("link").last();
  const href = await last.getAttribute("href");
  expect(href).toContain("type=");
  // the last chip starts past the phone's edge
  expect((await last.boundingBox())!.x).toBeGreaterThan(390);
  await page.goto(href!);
  const current = page.getByRole("navigation", { name: "活动类型" }).locator("[aria-current=page]");
  await expect(current).toHaveAttribute("href", href!);
  await expect.poll(async () => { const b = (await current.boundingBox())!; return b.x >= 0 && b.x + b.width <= 390; }).toBe(true);
  expect(await page.evaluate(() => window.scrollY)).toBe(0);
  await ctx.close();
});
