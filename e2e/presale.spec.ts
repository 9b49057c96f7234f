import { expect, test } from "@playwright/test";
import { bearer, shopKey, shopperWithPassword, shops, signIn, sql } from "./helpers";

// Issue 16 (预售): an operator creates a presale in the form (bad values refused beside the field),
// it is approved, and a shopper pays the deposit on the product page and, once the balance
// window opens, the balance from the deposit's order page.
test.use({ locale: "en-US" });

test("presale from the form to the balance: deposit on the product page, balance on the order page", async ({ page, browser, request }) => {
  test.setTimeout(150_000);
  const [sku] = await sql<{ id: string; price: number; productId: string }>(
    `SELECT k.id, k.price, k."productId" FROM "Sku" k JOIN "Shop" s ON s.id = k."shopId" WHERE s.name = '潮流服饰' AND k.stock > 20 AND k."floorPrice" IS NULL AND NOT k."excludedFromPromotions" AND k.price >= 20000 ORDER BY k.price DESC LIMIT 1`,
  );
  const name = `E2E 预售 ${Date.now() % 100000}`;
  await signIn(page, "/admin/login", "operator@trendy.test");
  await expect(page).toHaveURL(/\/admin$/);
  await page.goto("/admin/promotions/new");
  await page.getByRole("combobox", { name: /^Type/ }).selectOption("PRESALE");
  await page.getByLabel(/^Name$/).fill(name);
  await page.getByRole("combobox", { name: /^SKU$/ }).first().selectOption(sku.id);
  await page.getByLabel(/^Deposit \(¥\)/).fill("50");
  await page.getByLabel(/^Deposit worth \(off the balance\) \(¥\)/).fill("40");
  await page.getByLabel(/^Stock$/).fill("5");
  const endsAt = await page.getByLabel(/^Ends/).inputValue();
  const startsAt = await page.getByLabel(/^Starts/).inputValue();
  // a balance window that starts before the presale ends, and a deposit worth less than itself
  await page.getByLabel(/^Balance opens/).fill(startsAt);
  await page.getByLabel(/^Balance closes/).fill(endsAt);
  await page.getByRole("button", { name: /^Save draft$/ }).click();
  await expect(page.getByText("must be at least the deposit")).toBeVisible();
  await page.getByLabel(/^Deposit worth \(off the balance\) \(¥\)/).fill("100");
  await page.getByRole("button", { name: /^Save draft$/ }).click();
  await expect(page.getByText("must not start before the presale ends")).toBeVisible();
  await expect(page).toHaveURL(/\/admin\/promotions\/new$/);
  const later = endsAt.replace(/^(\d{4})-(\d{2})-(\d{2})/, (_, y, m, d) => {
    const next = new Date(Date.UTC(Number(y), Number(m) - 1, Number(d) + 2));
    return next.toISOString().slice(0, 10);
  });
  await page.getByLabel(/^Balance opens/).fill(endsAt);
  await page.getByLabel(/^Balance closes/).fill(later);
  await page.getByRole("button", { name: /^Save draft$/ }).click();
  await expect(page.getByRole("heading", { name })).toBeVisible();
  await expect(page.getByText(/deposit ¥50.00 worth ¥100.00, 5 units, 1 per shopper/)).toBeVisible();
  await page.getByRole("button", { name: /^Submit for review$/ }).click();
  await expect(page.getByText(/^In review$/).first()).toBeVisible();

  const [{ id }] = await sql<{ id: string }>(`SELECT id FROM "Promotion" WHERE name = $1`, [name]);
  // the form starts a promotion on the next whole hour: open the deposits now
  await sql(`UPDATE "Promotion" SET "startsAt" = now() - interval '1 minute' WHERE id = $1`, [id]);
  const trendy = (await shops(request)).find((s) => s.name === "潮流服饰")!;
  const approved = await request.post(`/api/admin/promotions/${id}/approve`, { headers: bearer(await shopKey(request, trendy.id, "APPROVER")) });
  expect((await approved.json()).status).toBe("ACTIVE");

  const shopper = await shopperWithPassword(request, "presale", { firstOrderDone: true });
  const ctx = await browser.newContext({ viewport: { width: 390, height: 844 }, locale: "zh-CN" });
  const phone = await ctx.newPage();
  await signIn(phone, "/login", shopper.email);
  await phone.waitForURL((u) => !u.pathname.endsWith("/login"));
  await phone.goto(`/products/${sku.productId}`);
  const box = phone.getByTestId("presale-box").filter({ hasText: name });
  await expect(box.getByTestId("presale-deal").first()).toHaveText("定金 ¥50.00 抵 ¥100.00");
  // the estimate is the engine's: at most the list price − the deposit's extra value
  const estimate = Number((await box.getByTestId("presale-estimate").first().innerText()).replace(/[¥,]/g, "")) * 100;
  expect(estimate).toBeLessThanOrEqual(sku.price - 5000);
  await box.getByTestId("presale-deposit").first().click();
  await expect(phone).toHaveURL(/\/orders\/[^/]+\/pay$/);
  const depositOrderId = phone.url().match(/orders\/([^/]+)\/pay/)![1];
  const [dep] = await sql<{ total: number; source: string }>(`SELECT total, source FROM "Order" WHERE id = $1`, [depositOrderId]);
  expect(dep).toEqual({ total: 5000, source: "PRESALE_DEPOSIT" });
  await phone.getByRole("button", { name: "确认支付" }).click();
  await expect(phone).toHaveURL(new RegExp(`/orders/${depositOrderId}\\?paid=1`));
  await expect(phone.getByTestId("presale-state")).toHaveText("已付定金");
  await expect(phone.getByRole("link", { name: /申请退款/ })).toHaveCount(0);

  // the presale ends and its balance window opens (moved, not waited for)
  await sql(`UPDATE "Promotion" SET "endsAt" = now() - interval '2 minutes' WHERE id = $1`, [id]);
  await sql(`UPDATE "PresaleDeposit" SET "balanceStartsAt" = now() - interval '1 minute', "balanceEndsAt" = now() + interval '1 hour' WHERE "depositOrderId" = $1`, [depositOrderId]);
  await phone.goto(`/orders/${depositOrderId}`);
  await expect(phone.getByTestId("presale-balance-now")).toBeVisible();
  await phone.getByTestId("presale-pay-balance").click();
  await expect(phone).toHaveURL(/\/orders\/[^/]+\/pay$/);
  const balanceOrderId = phone.url().match(/orders\/([^/]+)\/pay/)![1];
  expect(balanceOrderId).not.toBe(depositOrderId);
  await phone.getByRole("button", { name: "确认支付" }).click();
  await expect(phone).toHaveURL(new RegExp(`/orders/${balanceOrderId}\\?paid=1`));
  await expect(phone.getByTestId("presale-state")).toHaveText("已付尾款");
  const [bal] = await sql<{ total: number; status: string; value: number }>(
    `SELECT o.total, o.status::text, coalesce((SELECT sum(amount) FROM "OrderDiscount" d WHERE d."orderId" = o.id AND d."promotionId" = $2), 0)::int AS value FROM "Order" o WHERE o.id = $1`,
    [balanceOrderId, id],
  );
  expect(bal.status).toBe("PAID");
  expect(bal.value).toBe(10000);
  expect(bal.total).toBeLessThanOrEqual(sku.price - 10000 + 1000);
  await ctx.close();
});
