import { expect, test } from "@playwright/test";
import { bearer, platformKey, shopperWithPassword, signIn } from "./helpers";

// Issue 13 #5: a shopper shares their invite link; a new shopper accepts it and pays a first
// order; once the refund window (here 0 days) has passed the inviter sees the reward.

test("invite a friend: share link → a new shopper accepts and pays → the inviter is rewarded; one's own link is refused", async ({ browser, request }) => {
  test.setTimeout(150_000);
  const key = bearer(platformKey());
  const program = await (await request.get("/api/admin/invites/program", { headers: key })).json();
  expect((await request.put("/api/admin/invites/program", { headers: key, data: { active: true, couponTemplateId: program.couponTemplateId, points: 200, capPerInviter: 20, holdDays: 0 } })).status()).toBe(200);
  const tag = String(Date.now()).slice(-6);
  const shop = await (await request.post("/api/admin/shops", { headers: key, data: { name: `邀请店 ${tag}`, shippingFee: 0 } })).json();
  const product = await (await request.post("/api/admin/products", { headers: key, data: { shopId: shop.id, name: `邀请好物 ${tag}`, skus: [{ code: `INV-${tag}`, price: 3000, stock: 100 }] } })).json();
  const inviter = await shopperWithPassword(request, "inviter");
  const friend = await shopperWithPassword(request, "friend", { firstOrderDone: false });

  const a = await browser.newPage();
  await signIn(a, "/login", inviter.email);
  await a.goto("/me");
  await a.getByTestId("me-invite").click();
  await expect(a).toHaveURL(/\/me\/invite$/);
  const link = (await a.getByTestId("invite-link").textContent())!.trim();
  expect(link).toMatch(/\/invite\/[\w-]+$/);
  const path = new URL(link).pathname;
  // one's own link
  await a.goto(path);
  await a.getByRole("button", { name: /^(Accept the invitation|接受邀请)$/ }).click();
  await expect(a.getByRole("alert").filter({ hasText: /yourself/ })).toBeVisible();

  const b = await browser.newPage();
  await b.goto(path);
  await b.getByRole("link", { name: /Sign in to accept|登录后接受邀请/ }).click();
  await signIn(b, "/login", friend.email).catch(() => undefined);
  await b.goto(path);
  await b.getByRole("button", { name: /^(Accept the invitation|接受邀请)$/ }).click();
  await expect(b.getByRole("status")).toContainText(/accepted|已接受/);
  await b.goto(`/products/${product.id}`);
  await b.getByRole("button", { name: /^(Add to cart|加入购物车)/ }).click();
  await expect(b.getByRole("status")).toContainText(/Added to your cart|已加入购物车/);
  await b.goto("/checkout");
  await b.getByRole("button", { name: /^(Place order|提交订单)$/ }).click();
  await expect(b).toHaveURL(/\/orders\/[^/]+\/pay$/);
  await b.getByRole("button", { name: /^(Pay now|确认支付)$/ }).click();
  await expect(b).toHaveURL(/\/orders\/[^/]+\?paid=1$/);

  // the clock settles invitations: rewarded once the (zero-day) hold has passed
  await expect.poll(async () => { await a.goto("/me/invite"); return a.getByTestId("invitations").textContent(); }, { timeout: 90_000, intervals: [3_000] }).toMatch(/Rewarded|已奖励/);
  await a.screenshot({ path: "test-results/invite.png", fullPage: true });
  const mine = await (await request.get(`/api/me/invitations?userId=${inviter.id}`, { headers: key })).json();
  expect(mine).toMatchObject({ rewarded: 1, items: [{ status: "REWARDED", points: 200 }] });
  await request.put("/api/admin/invites/program", { headers: key, data: { active: true, couponTemplateId: program.couponTemplateId, points: 200, capPerInviter: 20, holdDays: 7 } });
});
