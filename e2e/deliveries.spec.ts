import { expect, test } from "@playwright/test";
import { bearer, platformKey, shopKey, shopperWithPassword, signIn } from "./helpers";

// Issue 13: an operator builds a segment, sends a coupon + message (inbox and email) from the
// admin; the shopper sees the unread badge, reads the message, follows its link and orders with
// the coupon; the delivery's report attributes the order. The email's unsubscribe link works.

const key = () => bearer(platformKey());

test("segment → coupon + message → the shopper reads the inbox and orders with the coupon → the report attributes the order; the email's unsubscribe link works", async ({ browser, request }) => {
  test.setTimeout(180_000);
  const tag = String(Date.now()).slice(-6);
  const shopper = await shopperWithPassword(request, "inbox", { firstOrderDone: true });
  const shop = await (await request.post("/api/admin/shops", { headers: key(), data: { name: `触达店 ${tag}`, shippingFee: 0 } })).json();
  const product = await (await request.post("/api/admin/products", { headers: key(), data: { shopId: shop.id, name: `触达好物 ${tag}`, skus: [{ code: `DLV-${tag}`, price: 4000, stock: 100 }] } })).json();
  const template = await (await request.post("/api/admin/coupon-templates", { headers: key(), data: { shopId: shop.id, name: `回归券 ${tag}`, kind: "AMOUNT_OFF", amountOff: 500, threshold: 0, scope: { all: true }, validDays: 7, stacksWithPromotions: true, totalQuantity: 100 } })).json();

  const staff = await browser.newPage();
  await signIn(staff, "/admin/login", "admin@platform.test");
  await expect(staff).toHaveURL(/\/admin$/);
  // the operator builds the segment: a CSV list of one, checked before saving
  await staff.goto("/admin/segments/new");
  const segName = `收件人 ${tag}`;
  await staff.getByLabel(/^(Name|名称)$/).fill(segName);
  await staff.getByRole("tab", { name: /CSV|名单上传/ }).click();
  await staff.getByRole("textbox", { name: /External ids|外部/ }).fill(`email\n${shopper.email}\n`);
  await staff.getByRole("button", { name: /^(Check|检查)/ }).click();
  await expect(staff.getByRole("complementary").locator("p.text-3xl")).toHaveText("1");
  await staff.getByRole("button", { name: /Save segment|保存人群/ }).click();
  await expect(staff).toHaveURL(/\/admin\/segments\/(?!new$)[a-z0-9]+$/); // the saved segment, not the form ("new" matches an id pattern)

  await staff.goto("/admin/deliveries/new");
  const name = `双11 召回 ${tag}`;
  await staff.getByLabel(/^(Name|名称)$/).fill(name);
  await staff.getByLabel(/^(Segment|人群)$/).selectOption({ label: segName });
  await staff.getByRole("checkbox", { name: /^(Email|邮件)$/ }).check();
  await staff.getByLabel(/^(Title|标题)$/).fill("{{name}}，好久不见");
  await staff.getByLabel(/^(Message|内容)$/).fill("{{shop}}送你 {{coupon}}");
  await staff.getByLabel(/^(Link|链接)/).fill(`/products/${product.id}`);
  await staff.getByLabel(/^(Coupon to grant|同时发放优惠券)$/).selectOption({ label: template.name });
  await staff.getByRole("button", { name: /^(Send|发送)$/ }).dblclick();
  await expect(staff).toHaveURL(/\/admin\/deliveries\/c[a-z0-9]{20,}$/);
  const deliveryUrl = staff.url();
  const deliveryId = deliveryUrl.split("/").pop()!;
  // sent by the background worker: the report fills in
  const tiles = staff.getByTestId("delivery-report").locator("dd");
  await expect.poll(async () => { await staff.reload(); return (await tiles.first().textContent())?.trim(); }, { timeout: 30_000 }).toBe("2"); // inbox + email
  await expect(tiles.nth(3)).toHaveText("1"); // coupons granted
  await expect(staff.getByTestId("recorded-sends")).toContainText(shopper.email);

  const page = await browser.newPage();
  await signIn(page, "/login", shopper.email);
  await expect(page.getByTestId("unread-badge")).toHaveText("1");
  await page.getByTestId("unread-badge").click();
  await expect(page).toHaveURL(/\/me\/messages$/);
  await expect(page.getByTestId("message-list")).toContainText("inbox，好久不见");
  await expect(page.getByTestId("message-list")).toContainText(`送你 ${template.name}`);
  await page.screenshot({ path: "test-results/inbox.png", fullPage: true });
  await page.getByRole("link", { name: /Open|查看/ }).first().click();
  await expect(page).toHaveURL(new RegExp(`/products/${product.id}`));
  await page.getByRole("button", { name: /^(Add to cart|加入购物车)/ }).click();
  await expect(page.getByRole("status")).toContainText(/Added to your cart|已加入购物车/);
  await page.goto("/checkout");
  await expect(page.getByRole("checkbox", { name: new RegExp(template.name) })).toBeChecked();
  await expect(page.getByTestId("checkout-total")).toHaveText("¥35.00");
  await page.getByRole("button", { name: /^(Place order|提交订单)$/ }).click();
  await expect(page).toHaveURL(/\/orders\/[^/]+\/pay$/);
  await page.getByRole("button", { name: /^(Pay now|确认支付)$/ }).click();
  await expect(page).toHaveURL(/\/orders\/[^/]+\?paid=1$/);

  await staff.goto(deliveryUrl);
  await expect(tiles.nth(4)).toHaveText("1"); // opened
  await expect(tiles.nth(5)).toHaveText("1"); // clicked
  await expect(tiles.nth(6)).toHaveText("1"); // converted
  await expect(tiles.nth(7)).toHaveText("¥35.00"); // GMV
  await expect(tiles.nth(8)).toHaveText("¥5.00"); // coupon cost
  await expect(tiles.nth(9)).toHaveText("6"); // ROI (35 − 5) / 5
  await staff.screenshot({ path: "test-results/delivery-report.png", fullPage: true });
  await staff.goto("/admin/deliveries");
  await expect(staff.getByRole("link", { name })).toHaveCount(1); // the double click made one delivery

  // the email's unsubscribe link (recorded: no SMTP server in this run) opens a page whose button unsubscribes
  const sends = await (await request.get(`/api/admin/deliveries/${deliveryId}/sends`, { headers: key() })).json();
  const link = /https?:\/\/[^\s]+\/unsubscribe\?t=[^\s]+/.exec(sends.items[0].body)![0];
  await page.goto(new URL(link).pathname + new URL(link).search);
  await page.getByRole("button", { name: /^(Unsubscribe|确认退订)$/ }).click();
  await expect(page.getByRole("status")).toContainText(/no longer|已退订/);
  const prefs = await (await request.get(`/api/me/preferences?userId=${shopper.id}`, { headers: key() })).json();
  expect(prefs).toEqual({ INBOX: true, EMAIL: false, SMS: true, PUSH: true });
  // a shop's key cannot turn a shopper's channels back on (they are the shopper's, platform-wide)
  const shopKeyed = await request.put("/api/me/preferences", { headers: bearer(await shopKey(request, shop.id)), data: { userId: shopper.id, EMAIL: true } });
  expect(shopKeyed.status()).toBe(403);
});

test("an automation is created from the admin, listed with its trigger, and paused", async ({ page }) => {
  await signIn(page, "/admin/login", "admin@platform.test");
  await expect(page).toHaveURL(/\/admin$/);
  await page.goto("/admin/automations/new");
  const name = `生日礼 ${Date.now()}`;
  await page.getByLabel(/^(Name|名称)$/).fill(name);
  await page.getByLabel(/^(Trigger|触发)$/).selectOption("BIRTHDAY");
  await expect(page.getByLabel(/^(Days before|提前（天）)$/)).toHaveValue("3");
  await page.getByLabel(/^(Days before|提前（天）)$/).fill("45");
  await page.getByLabel(/^(Title|标题)$/).fill("{{name}}，生日快乐");
  await page.getByLabel(/^(Message|内容)$/).fill("送你一份礼物");
  await page.getByRole("button", { name: /^(Save and start|保存并启用)$/ }).click();
  await expect(page.getByText(/between 0 and 30|0 到 30 之间/).first()).toBeVisible();
  await page.getByLabel(/^(Days before|提前（天）)$/).fill("7");
  await page.getByRole("button", { name: /^(Save and start|保存并启用)$/ }).click();
  await expect(page).toHaveURL(/\/admin\/automations\/c[a-z0-9]+$/);
  await expect(page.getByRole("heading", { name })).toBeVisible();
  await page.getByRole("button", { name: /^(Pause|暂停)$/ }).click();
  await expect(page.getByRole("button", { name: /^(Resume|恢复)$/ })).toBeVisible();
  await page.screenshot({ path: "test-results/automation.png", fullPage: true });
  await page.goto("/admin/automations");
  await expect(page.getByRole("row").filter({ hasText: name })).toContainText(/Paused|已暂停/);
});
