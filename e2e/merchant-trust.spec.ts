import { expect, test, type APIRequestContext } from "@playwright/test";
import { bearer, platformKey, shopperWithPassword, signIn, sql } from "./helpers";

// Issue 11 in the browser: what a merchant sets is what happens (times in the shop's zone whatever
// the browser's, one grant per click) and what a shopper is shown is what they pay (a double tap
// on 提交订单 is one order and lands on its cashier; a refund waits for the shop's decision).

const key = () => bearer(platformKey());

async function techShop(request: APIRequestContext) {
  const { items } = await (await request.get("/api/admin/shops", { headers: key() })).json();
  return (items as { id: string; name: string }[]).find((s) => s.name.includes("数码"))!;
}

for (const timezoneId of ["Asia/Shanghai", "America/New_York"])
  for (const locale of ["zh-CN", "en-US"])
    test.describe(`browser in ${timezoneId}, ${locale}`, () => {
      test.use({ timezoneId, locale });
      test("an edited promotion saved unchanged keeps its times; the form shows them in the shop's zone, labelled (#7)", async ({ page, request }) => {
        const shop = await techShop(request);
        const [sku] = await sql<{ id: string }>(`SELECT id FROM "Sku" WHERE "shopId" = $1 ORDER BY code LIMIT 1`, [shop.id]);
        const created = await request.post("/api/admin/promotions", {
          headers: key(),
          data: { shopId: shop.id, name: `时区 ${timezoneId} ${locale} ${Date.now()}`, type: "FULL_REDUCTION", startsAt: "2027-03-10T10:00:00+08:00", endsAt: "2027-03-12T22:30:00+08:00", scope: { skuIds: [sku.id] }, rules: { basis: "AMOUNT", tiers: [{ threshold: 99900, amountOff: 1000 }] }, acknowledgeOverlaps: true },
        });
        expect(created.status()).toBe(201);
        const { id } = await created.json();
        await signIn(page, "/admin/login", "admin@platform.test");
        await expect(page).toHaveURL(/\/admin$/);
        for (let round = 0; round < 2; round++) {
          await page.goto(`/admin/promotions/${id}/edit`);
          const starts = page.getByLabel(/^(Starts|开始时间) \(Asia\/Shanghai \(UTC\+08:00\)\)$/);
          await expect(starts).toHaveValue("2027-03-10T10:00");
          await expect(page.getByLabel(/^(Ends|结束时间) \(Asia\/Shanghai/)).toHaveValue("2027-03-12T22:30");
          await page.getByRole("button", { name: /^(Save changes|保存修改)$/ }).click();
          await expect(page).toHaveURL(new RegExp(`/admin/promotions/${id}$`));
        }
        const after = await (await request.get(`/api/admin/promotions/${id}`, { headers: key() })).json();
        expect([after.startsAt, after.endsAt]).toEqual(["2027-03-10T02:00:00.000Z", "2027-03-12T14:30:00.000Z"]);
      });
    });

test("a double click on 发放 to a segment starts one grant job (#8)", async ({ page, request }) => {
  const t = await (await request.post("/api/admin/coupon-templates", { headers: key(), data: { name: `双击发券 ${Date.now()}`, kind: "AMOUNT_OFF", amountOff: 500, threshold: 0, validDays: 7, stacksWithPromotions: true, totalQuantity: 1000 } })).json();
  await signIn(page, "/admin/login", "admin@platform.test");
  await expect(page).toHaveURL(/\/admin$/);
  await page.goto(`/admin/coupons/${t.id}`);
  await page.getByLabel(/To a segment|发给人群/).selectOption({ label: "高价值客户 High value" });
  await page.getByRole("button", { name: /^(Grant|发放)$/ }).nth(1).dblclick();
  await expect(page.getByTestId("code-job").getByRole("progressbar")).toHaveAttribute("aria-valuenow", "100", { timeout: 30_000 });
  const [{ n }] = await sql<{ n: number }>(`SELECT count(*)::int AS n FROM "Job" WHERE type = 'coupon-grant' AND params->>'templateId' = $1`, [t.id]);
  expect(n).toBe(1);
  const [{ coupons, owners }] = await sql<{ coupons: number; owners: number }>(`SELECT count(*)::int AS coupons, count(DISTINCT "shopperId")::int AS owners FROM "UserCoupon" WHERE "templateId" = $1`, [t.id]);
  expect(coupons).toBe(owners);
});

test("a double tap on 提交订单 places one order and lands on its cashier; a refund above the shop's amount waits for 售后审核 (#3, #8)", async ({ browser, request }) => {
  const shop = await techShop(request);
  const [sku] = await sql<{ id: string; productId: string; price: number }>(`SELECT s.id, s."productId", s.price FROM "Sku" s JOIN "Product" p ON p.id = s."productId" WHERE s."shopId" = $1 AND p.active AND s.stock > 10 AND s.price > 20000 ORDER BY s.price LIMIT 1`, [shop.id]);
  const shopper = await shopperWithPassword(request, "doubletap", { firstOrderDone: true });
  const ctx = await browser.newContext({ locale: "zh-CN" });
  const page = await ctx.newPage();
  await signIn(page, "/login", shopper.email);
  await expect(page).toHaveURL(/localhost:\d+\/$/);
  await page.goto(`/products/${sku.productId}`);
  await page.getByRole("button", { name: /^加入购物车/ }).first().click();
  await expect(page.getByRole("status")).toContainText("已加入购物车");
  await page.goto("/checkout");
  const total = await page.getByTestId("checkout-total").textContent();
  await page.getByRole("button", { name: "提交订单" }).dblclick();
  await expect(page).toHaveURL(/\/orders\/[^/]+\/pay$/);
  await expect(page.getByTestId("pay-amount")).toHaveText(total!);
  const orders = await sql<{ id: string }>(`SELECT id FROM "Order" WHERE "shopperId" = $1`, [shopper.id]);
  expect(orders).toHaveLength(1);
  expect(page.url()).toContain(orders[0].id);
  await page.getByRole("button", { name: "确认支付" }).click();
  await expect(page).toHaveURL(/paid=1$/);

  // the whole order back: above the shop's ¥100 it waits for the merchant
  await page.getByRole("link", { name: "申请退款" }).click();
  await page.getByRole("spinbutton").first().fill("1");
  await page.getByRole("button", { name: "计算退款金额" }).click();
  await expect(page.getByTestId("refund-approval")).toContainText("商家审核");
  await page.getByRole("combobox").selectOption({ index: 2 });
  await page.getByRole("button", { name: /^提交退款申请/ }).click();
  await expect(page).toHaveURL(/refunded=PENDING$/);
  await expect(page.getByText("退款申请已提交，商家审核通过后原路退回")).toBeVisible();
  const [pending] = await sql<{ id: string; status: string; amount: number }>(`SELECT id, status, amount FROM "Refund" WHERE "orderId" = $1`, [orders[0].id]);
  expect(pending.status).toBe("PENDING");

  const merchant = await (await browser.newContext({ locale: "zh-CN" })).newPage();
  await signIn(merchant, "/admin/login", "admin@techpick.test");
  await expect(merchant).toHaveURL(/\/admin$/);
  await merchant.goto("/admin/refunds");
  await merchant.getByTestId(`refund-decision-${pending.id}`).getByRole("button", { name: "同意退款" }).click();
  await expect(merchant.getByTestId(`refund-decision-${pending.id}`)).toHaveCount(0);
  await expect.poll(async () => (await sql<{ status: string }>(`SELECT status FROM "Refund" WHERE id = $1`, [pending.id]))[0].status).toBe("APPROVED");
  await page.reload();
  await expect(page.getByText(/已退款/).first()).toBeVisible();
  await ctx.close();
  await merchant.context().close();
});
