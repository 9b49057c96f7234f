import { expect, test } from "@playwright/test";
import { bearer, platformKey, shopperWithPassword, signIn } from "./helpers";

// Issue 14: a member checks in, claims a task, exchanges points for a coupon and uses it at
// checkout, and draws a prize; the points shown equal the ledger's sum.

const key = () => bearer(platformKey());

test("check in → claim a task → exchange points for a coupon and use it at checkout → draw a prize; points shown = the ledger", async ({ page, request }) => {
  test.setTimeout(150_000);
  const tag = String(Date.now()).slice(-6);
  const shopper = await shopperWithPassword(request, "member", { region: "上海", birthday: "1992-05-01", firstOrderDone: true });
  const shop = await (await request.post("/api/admin/shops", { headers: key(), data: { name: `会员店 ${tag}`, shippingFee: 0 } })).json();
  const product = await (await request.post("/api/admin/products", { headers: key(), data: { shopId: shop.id, name: `会员好物 ${tag}`, skus: [{ code: `MEM-${tag}`, price: 3000, stock: 100 }] } })).json();
  const tpl = await (await request.post("/api/admin/coupon-templates", { headers: key(), data: { name: `积分券 ${tag}`, kind: "AMOUNT_OFF", amountOff: 500, threshold: 0, validDays: 7, stacksWithPromotions: true, totalQuantity: 100 } })).json();
  const item = await request.post("/api/admin/points-mall", { headers: key(), data: { name: `积分换券 ${tag}`, kind: "COUPON", couponTemplateId: tpl.id, pointsCost: 50, stock: 10, perUserLimit: 1 } });
  expect(item.status()).toBe(201);
  const now = Date.now();
  const lottery = await request.post("/api/admin/lotteries", {
    headers: key(),
    data: { name: `转盘 ${tag}`, startsAt: new Date(now - 60_000).toISOString(), endsAt: new Date(now + 86_400_000).toISOString(), costPoints: 10, freePerDay: 1, budget: 10000, prizes: [{ name: `十积分 ${tag}`, kind: "POINTS", weight: 50, stock: 100, points: 10 }, { name: "谢谢参与", kind: "THANKS", weight: 50 }] },
  });
  expect(lottery.status()).toBe(201);
  const { id: lotteryId } = await lottery.json();

  await signIn(page, "/login", shopper.email);
  await page.goto("/me");
  await page.getByTestId("engagement").getByRole("link", { name: /Daily check-in|每日签到/ }).click();
  await expect(page).toHaveURL(/\/me\/check-in$/);
  await page.getByRole("button", { name: /^(Check in|立即签到)$/ }).dblclick();
  await expect(page.getByRole("status")).toContainText(/\+5/);
  await expect(page.getByTestId("streak")).toContainText(/1/);
  await page.screenshot({ path: "test-results/check-in.png", fullPage: true });

  await page.goto("/me/tasks");
  const profile = page.getByTestId("tasks").getByRole("listitem").filter({ hasText: /profile|完善资料/ });
  await profile.getByRole("button", { name: /^(Claim|领取)$/ }).click();
  await expect(page.getByRole("status")).toContainText(/\+50/);
  await expect(profile).toContainText(/Claimed|已领取/);

  await page.goto("/me/points-mall");
  await expect(page.getByTestId("points-balance")).toHaveText("55");
  const card = page.getByTestId("points-products").getByRole("listitem").filter({ hasText: `积分换券 ${tag}` });
  await card.getByRole("button", { name: /^(Exchange|立即兑换)$/ }).click();
  await expect(page.getByRole("status")).toContainText(`积分换券 ${tag}`);
  await expect(page.getByTestId("points-balance")).toHaveText("5");

  // the coupon from the points mall at checkout
  await page.goto(`/products/${product.id}`);
  await page.getByRole("button", { name: /^(Add to cart|加入购物车)/ }).click();
  await expect(page.getByRole("status")).toContainText(/Added to your cart|已加入购物车/);
  await page.goto("/checkout");
  await expect(page.getByRole("checkbox", { name: new RegExp(`积分券 ${tag}`) })).toBeChecked();
  await expect(page.getByTestId("checkout-total")).toHaveText("¥25.00");
  await page.getByRole("button", { name: /^(Place order|提交订单)$/ }).click();
  await expect(page).toHaveURL(/\/orders\/[^/]+\/pay$/);
  await page.getByRole("button", { name: /^(Pay now|确认支付)$/ }).click();
  await expect(page).toHaveURL(/\/orders\/[^/]+\?paid=1$/);

  await page.goto(`/lottery/${lotteryId}`);
  await page.getByRole("button", { name: /^(Free draw|免费抽一次)$/ }).click();
  await expect(page.getByTestId("draw-result")).toContainText(/十积分|Thanks|谢谢/);
  await expect(page.getByTestId("my-draws").getByRole("listitem")).toHaveCount(1);
  await page.screenshot({ path: "test-results/lottery.png", fullPage: true });

  // the balance shown is the ledger's sum
  const mine = await (await request.get(`/api/me/points?userId=${shopper.id}&take=200`, { headers: key() })).json();
  await page.goto("/me/points");
  const shown = Number(await page.getByTestId("points-balance").textContent());
  expect(shown).toBe(mine.balance);
  expect(mine.items.reduce((a: number, e: { amount: number }) => a + e.amount, 0)).toBe(mine.balance);
  expect(mine.items.map((e: { reason: string }) => e.reason)).toEqual(expect.arrayContaining(["CHECK_IN", "TASK", "EXCHANGE", "ORDER"]));
  const recon = await (await request.get("/api/admin/members/reconcile", { headers: key() })).json();
  expect(recon.mismatches).toEqual([]);
});
