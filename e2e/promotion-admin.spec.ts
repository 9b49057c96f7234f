import { expect, test } from "@playwright/test";
import { signIn } from "./helpers";

test("an operator sees no approve button; an approver approves from the review queue; shop B cannot open it by URL", async ({ browser }) => {
  const operator = await browser.newPage();
  await signIn(operator, "/admin/login", "operator@techpick.test");
  await expect(operator).toHaveURL(/\/admin$/);
  await operator.goto("/admin/promotions?status=PENDING_REVIEW");
  await operator.getByRole("link", { name: "耳机第二件 7 折" }).click();
  await expect(operator.getByRole("heading", { name: "耳机第二件 7 折" })).toBeVisible();
  await expect(operator.getByRole("button", { name: /^(Approve|通过)$/ })).toHaveCount(0);
  const url = operator.url();

  const approver = await browser.newPage();
  await signIn(approver, "/admin/login", "approver@techpick.test");
  await expect(approver).toHaveURL(/\/admin$/);
  await approver.goto(url);
  await approver.getByRole("button", { name: /^(Approve|通过)$/ }).click();
  await expect(approver.getByText(/^(Scheduled|未开始)$/).first()).toBeVisible();
  await expect(approver.getByRole("button", { name: /^(End early|提前终止)$/ })).toBeVisible();

  const other = await browser.newPage();
  await signIn(other, "/admin/login", "admin@trendy.test");
  await expect(other).toHaveURL(/\/admin$/);
  const res = await other.goto(url);
  expect(res?.status()).toBe(404);
});

test("simulation shows the shopper's explanation for a draft", async ({ page }) => {
  await signIn(page, "/admin/login", "operator@fresh.test");
  await expect(page).toHaveURL(/\/admin$/);
  await page.goto("/admin/promotions?status=DRAFT");
  await page.getByRole("link", { name: "周末零食满减（草稿）" }).click();
  await page.locator("select[name=skuId]").first().selectOption({ label: "CK-BOX · 黄油曲奇礼盒 908g" });
  await page.locator("input[name=quantity]").first().fill("2");
  await page.getByRole("button", { name: /^(Simulate|试算)$/ }).click();
  const breakdown = page.getByTestId("price-breakdown");
  await expect(breakdown).toContainText("周末零食满减（草稿）");
  await expect(page.getByTestId("price-total")).toBeVisible();
});
