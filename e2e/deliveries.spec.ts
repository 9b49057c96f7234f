import { expect, test } from "@playwright/test";
import { bearer, platformKey, shopperWithPassword, signIn } from "./helpers";

// Issue 13: an operator sends a message to a segment from the admin; the shopper sees the unread
// badge, reads it in the inbox and follows its link; the delivery's report counts it.

test("an operator sends a message to a segment; the shopper reads it in the inbox; the report counts sent, opened and clicked", async ({ browser, request }) => {
  test.setTimeout(120_000);
  const shopper = await shopperWithPassword(request, "inbox");
  const segName = `收件人 ${Date.now()}`;
  const seg = await request.post("/api/admin/segments", { headers: bearer(platformKey()), data: { name: segName, csv: `email\n${shopper.email}\n` } });
  expect(seg.status()).toBe(201);

  const staff = await browser.newPage();
  await signIn(staff, "/admin/login", "admin@platform.test");
  await expect(staff).toHaveURL(/\/admin$/);
  await staff.goto("/admin/deliveries/new");
  const name = `双11 召回 ${Date.now()}`;
  await staff.getByLabel(/^(Name|名称)$/).fill(name);
  await staff.getByLabel(/^(Segment|人群)$/).selectOption({ label: segName });
  await staff.getByLabel(/^(Title|标题)$/).fill("{{name}}，好久不见");
  await staff.getByLabel(/^(Message|内容)$/).fill("{{shop}}为你准备了新活动");
  await staff.getByLabel(/^(Link|链接)/).fill("/coupons");
  await staff.getByRole("button", { name: /^(Send|发送)$/ }).dblclick();
  await expect(staff).toHaveURL(/\/admin\/deliveries\/c[a-z0-9]{20,}$/);
  const deliveryUrl = staff.url();
  // sent by the background worker: the progress bar completes and the report shows it
  await expect(staff.getByTestId("delivery-report")).toContainText(/Sent|已发送/);
  await expect.poll(async () => { await staff.reload(); return (await staff.getByTestId("delivery-report").locator("dd").first().textContent())?.trim(); }, { timeout: 30_000 }).toBe("1");

  const page = await browser.newPage();
  await signIn(page, "/login", shopper.email);
  await expect(page.getByTestId("unread-badge")).toHaveText("1");
  await page.getByTestId("unread-badge").click();
  await expect(page).toHaveURL(/\/me\/messages$/);
  await expect(page.getByTestId("message-list")).toContainText("inbox，好久不见");
  await page.screenshot({ path: "test-results/inbox.png", fullPage: true });
  await page.getByRole("link", { name: /Open|查看/ }).first().click();
  await expect(page).toHaveURL(/\/coupons/);

  await staff.goto(deliveryUrl);
  const tiles = staff.getByTestId("delivery-report").locator("dd");
  await expect(tiles.nth(0)).toHaveText("1"); // sent
  await expect(tiles.nth(2)).toHaveText("1"); // opened
  await expect(tiles.nth(3)).toHaveText("1"); // clicked
  await staff.screenshot({ path: "test-results/delivery-report.png", fullPage: true });
  // the double click made one delivery
  await staff.goto("/admin/deliveries");
  await expect(staff.getByRole("link", { name })).toHaveCount(1);
});
