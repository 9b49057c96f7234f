import { expect, test } from "@playwright/test";
import { bearer, shopKey, shopperWithPassword, shops, signIn, sql } from "./helpers";

// Issue 16 (part): the new kinds from the form to the order — an operator creates 组合价, 加价购
// and N元任选 in the admin form (bad values refused beside the field), a shopper buys a 3-for-¥99.
test.use({ locale: "en-US" });

async function trendySkus(n: number, noFloor = false) {
  return sql<{ id: string; price: number; label: string }>(
    `SELECT k.id, k.price, k.code || ' · ' || p.name || CASE WHEN k.name <> '' THEN ' ' || k.name ELSE '' END AS label
       FROM "Sku" k JOIN "Product" p ON p.id = k."productId" JOIN "Shop" s ON s.id = k."shopId"
      WHERE s.name = '潮流服饰' AND k.stock > 20 AND NOT k."excludedFromPromotions" ${noFloor ? `AND k."floorPrice" IS NULL` : ""} ORDER BY k.price DESC LIMIT $1`,
    [n],
  );
}

test("an operator creates a bundle and an add-on deal in the form; prices not below list are refused beside the field", async ({ page }) => {
  const [a, b] = await trendySkus(2);
  const tag = Date.now() % 100000;
  await signIn(page, "/admin/login", "operator@trendy.test");
  await expect(page).toHaveURL(/\/admin$/);

  await page.goto("/admin/promotions/new");
  await page.getByRole("combobox", { name: /^Type/ }).selectOption("BUNDLE");
  await page.getByLabel(/^Name$/).fill(`E2E 组合价 ${tag}`);
  const skuSelects = page.getByRole("combobox", { name: /^SKU$/ });
  await skuSelects.first().selectOption(a.id);
  await page.getByRole("button", { name: /\+ Add SKU/ }).click();
  await skuSelects.nth(1).selectOption(b.id);
  await page.getByLabel(/^Bundle price \(per set\) \(¥\)/).fill(String((a.price + b.price) / 100));
  await page.getByRole("button", { name: /^Save draft$/ }).click();
  await expect(page.getByText(/must be below the set's list price/)).toBeVisible();
  await expect(page).toHaveURL(/\/admin\/promotions\/new$/);
  await page.getByLabel(/^Bundle price \(per set\) \(¥\)/).fill(String(Math.floor((a.price + b.price) / 100) - 20));
  await page.getByRole("button", { name: /^Save draft$/ }).click();
  await expect(page.getByRole("heading", { name: `E2E 组合价 ${tag}` })).toBeVisible();
  await expect(page.getByText(/together for ¥/)).toBeVisible();

  await page.goto("/admin/promotions/new");
  await page.getByRole("combobox", { name: /^Type/ }).selectOption("ADD_ON");
  await page.getByLabel(/^Name$/).fill(`E2E 加价购 ${tag}`);
  await page.getByLabel(/^Spend at least \(¥\)$/).fill("199");
  await page.getByRole("combobox", { name: /^SKU$/ }).first().selectOption(b.id);
  await page.getByLabel(/^Add-on price \(¥\)/).fill(String(b.price / 100 + 1));
  await page.getByRole("button", { name: /^Save draft$/ }).click();
  await expect(page.getByText(/must be below the list price/)).toBeVisible();
  await page.getByLabel(/^Add-on price \(¥\)/).fill("9.9");
  await page.getByRole("button", { name: /^Save draft$/ }).click();
  await expect(page.getByRole("heading", { name: `E2E 加价购 ${tag}` })).toBeVisible();
  await expect(page.getByText(/Spend ¥199.00, add .* for ¥9.90/)).toBeVisible();
  const saved = await sql<{ type: string; scope: { skuIds?: string[] } }>(`SELECT type::text, scope FROM "Promotion" WHERE name IN ($1, $2) ORDER BY name`, [`E2E 组合价 ${tag}`, `E2E 加价购 ${tag}`]);
  expect(saved.map((s) => s.type).sort()).toEqual(["ADD_ON", "BUNDLE"]);
  // a bundle saved without a scope of its own is scoped to its SKUs
  expect(saved.find((s) => s.type === "BUNDLE")!.scope.skuIds?.sort()).toEqual([a.id, b.id].sort());
});

test("N元任选 from the form, approved, and a shopper buys three for ¥99", async ({ page, browser, request }) => {
  test.setTimeout(120_000);
  await signIn(page, "/admin/login", "operator@trendy.test");
  await expect(page).toHaveURL(/\/admin$/);
  await page.goto("/admin/promotions/new");
  await page.getByRole("combobox", { name: /^Type/ }).selectOption("ANY_N");
  const name = `E2E 任选3件99 ${Date.now() % 100000}`;
  await page.getByLabel(/^Name$/).fill(name);
  await page.getByLabel(/^Any N items$/).fill("3");
  await page.getByLabel(/^Price of the N \(¥\)$/).fill("99");
  await page.getByRole("button", { name: /^Save draft$/ }).click();
  // an earlier run's N元任选 of the same shop overlaps: acknowledge it (SPEC §3)
  const heading = page.getByRole("heading", { name });
  await expect(heading.or(page.getByTestId("acknowledge-overlaps"))).toBeVisible();
  if (!(await heading.isVisible())) {
    await page.getByTestId("acknowledge-overlaps").check();
    await page.getByRole("button", { name: /^Save draft$/ }).click();
  }
  await expect(heading).toBeVisible();
  await expect(page.getByText("Any 3 for ¥99.00").first()).toBeVisible();
  await page.getByRole("button", { name: /^Submit for review$/ }).click();
  await expect(page.getByText(/^In review$/).first()).toBeVisible();
  const [{ id }] = await sql<{ id: string }>(`SELECT id FROM "Promotion" WHERE name = $1`, [name]);
  // the form starts a promotion on the next whole hour: start it now for the shopper
  await sql(`UPDATE "Promotion" SET "startsAt" = now() - interval '1 minute' WHERE id = $1`, [id]);
  const trendy = (await shops(request)).find((s) => s.name === "潮流服饰")!;
  const approved = await request.post(`/api/admin/promotions/${id}/approve`, { headers: bearer(await shopKey(request, trendy.id, "APPROVER")) });
  expect((await approved.json()).status).toBe("ACTIVE");

  const three = await trendySkus(3, true); // no floor price: the group can reach ¥99
  const shopper = await shopperWithPassword(request, "anyn", { firstOrderDone: true });
  const ctx = await browser.newContext({ viewport: { width: 390, height: 844 }, locale: "zh-CN" });
  const phone = await ctx.newPage();
  await signIn(phone, "/login", shopper.email);
  await phone.waitForURL((u) => !u.pathname.endsWith("/login"));
  await ctx.addCookies([{ name: "cart", value: encodeURIComponent(JSON.stringify(three.map((s) => [s.id, 1]))), url: phone.url() }]);
  await phone.goto("/cart");
  // (an earlier run's N元任选 of the shop may hold the same-type group: either applies)
  await expect(phone.getByTestId("cart-group").filter({ hasText: /E2E 任选3件99/ })).toBeVisible();
  await phone.getByTestId("cart-checkout").click();
  await phone.getByRole("button", { name: /^提交订单$/ }).click();
  await expect(phone).toHaveURL(/\/orders\/[^/]+\/pay$/);
  const orderId = phone.url().match(/orders\/([^/]+)\/pay/)![1];
  const [d] = await sql<{ amount: number }>(`SELECT coalesce(sum(d.amount), 0)::int AS amount FROM "OrderDiscount" d JOIN "Promotion" p ON p.id = d."promotionId" WHERE d."orderId" = $1 AND p.type = 'ANY_N'`, [orderId]);
  // the three most expensive units grouped: their amount at the order stage minus ¥99 (other offers of the shop may take their share first)
  expect(d.amount).toBeGreaterThan(0);
  const bought = await sql<{ skuId: string }>(`SELECT "skuId" FROM "OrderLine" WHERE "orderId" = $1 AND NOT gift ORDER BY "skuId"`, [orderId]);
  expect(bought.map((b) => b.skuId)).toEqual(three.map((s) => s.id).sort());
  const [o] = await sql<{ total: number }>(`SELECT total FROM "Order" WHERE id = $1`, [orderId]);
  expect(o.total).toBeLessThanOrEqual(9900 + 1000); // ¥99 for the three (+ shipping at most)
  await ctx.close();
});
