import { expect, test } from "@playwright/test";
import { signIn } from "./helpers";

test("a new shopper claims the new-user coupon with immediate feedback and finds it in my coupons", async ({ page }) => {
  await signIn(page, "/login", "erin@demo.test");
  await expect(page).toHaveURL(/localhost:\d+\/(en)?$/);
  await page.goto("/coupons");
  const row = page.getByRole("listitem").filter({ hasText: "新人无门槛5元" });
  await row.getByRole("button", { name: /^(Claim|立即领取)$/ }).click();
  await expect(row.getByRole("button", { name: /^(Claimed|已领取)$/ })).toBeDisabled();
  await page.reload();
  await expect(page.getByTestId("my-coupons")).toContainText("新人无门槛5元");
});

test("a returning shopper does not see new-user coupons; an expired coupon is listed as expired", async ({ page }) => {
  await signIn(page, "/login", "carol@demo.test");
  await expect(page).toHaveURL(/localhost:\d+\/(en)?$/);
  await page.goto("/coupons");
  await expect(page.getByText("新人无门槛5元")).toHaveCount(0);
  await page.getByRole("link", { name: /^(Expired|已过期)$/ }).click();
  await expect(page.getByTestId("my-coupons")).toContainText("生鲜满30减5");
});
