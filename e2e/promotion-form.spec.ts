import { expect, test } from "@playwright/test";
import { signIn } from "./helpers";

// these assertions read the English messages
test.use({ locale: "en-US" });

test("a bad tier shows the field error beside it and saves nothing; fixed, it saves a draft the operator submits", async ({ page }) => {
  await signIn(page, "/admin/login", "operator@trendy.test");
  await expect(page).toHaveURL(/\/admin$/);
  await page.goto("/admin/promotions/new");
  await page.getByLabel(/^(Name|活动名称)$/).fill("E2E 阶梯满减");
  await page.getByLabel(/Tier 1 · Threshold|第 1 档 · 门槛/).fill("300");
  await page.getByLabel(/^(Amount off|减免金额) \(¥\)$/).first().fill("30");
  await page.getByRole("button", { name: /^(\+ Add tier|\+ 添加阶梯)$/ }).click();
  await page.getByLabel(/Tier 2 · Threshold|第 2 档 · 门槛/).fill("200");
  await page.getByLabel(/^(Amount off|减免金额) \(¥\)$/).nth(1).fill("50");
  await page.getByRole("button", { name: /^(Save draft|保存草稿)$/ }).click();
  await expect(page.getByText("tier thresholds must increase")).toBeVisible();
  await expect(page).toHaveURL(/\/admin\/promotions\/new$/);

  await page.getByLabel(/Tier 2 · Threshold|第 2 档 · 门槛/).fill("600");
  await page.getByRole("button", { name: /^(Save draft|保存草稿)$/ }).click();
  // the shop already runs a 满减 over all goods: the form lists it and asks for an acknowledgement
  await expect(page.getByText(/overlaps these live or scheduled promotions/)).toBeVisible();
  await expect(page).toHaveURL(/\/admin\/promotions\/new$/);
  await page.getByTestId("acknowledge-overlaps").check();
  await page.getByRole("button", { name: /^(Save draft|保存草稿)$/ }).click();
  await expect(page.getByRole("heading", { name: "E2E 阶梯满减" })).toBeVisible();
  await expect(page.getByText(/满 ¥300.00 减 ¥30.00|Spend ¥300.00, save ¥30.00/)).toBeVisible();
  await expect(page.getByText(/^(Draft|草稿)$/).first()).toBeVisible();
  await page.getByRole("button", { name: /^(Submit for review|提交审核)$/ }).click();
  await expect(page.getByText(/^(In review|待审核)$/).first()).toBeVisible();
});

test("an A/B test is set up in the form: B's own tier and the split; the detail page shows both variants", async ({ page }) => {
  await signIn(page, "/admin/login", "operator@trendy.test");
  await expect(page).toHaveURL(/\/admin$/);
  await page.goto("/admin/promotions/new");
  await page.getByLabel(/^(Name|活动名称)$/).fill("E2E AB 满减");
  await page.getByLabel(/Tier 1 · Threshold|第 1 档 · 门槛/).fill("100");
  await page.getByLabel(/^(Amount off|减免金额) \(¥\)$/).first().fill("10");
  await page.getByTestId("ab-enable").check();
  await page.getByLabel(/Traffic on variant A|方案 A 的流量/).fill("30");
  // B starts as a copy of A: change its amount off
  await page.getByLabel(/^(Amount off|减免金额) \(¥\)$/).nth(1).fill("20");
  await page.getByRole("button", { name: /^(Save draft|保存草稿)$/ }).click();
  await page.getByTestId("acknowledge-overlaps").check();
  await page.getByRole("button", { name: /^(Save draft|保存草稿)$/ }).click();
  await expect(page.getByRole("heading", { name: "E2E AB 满减" })).toBeVisible();
  const variants = page.getByTestId("ab-variants");
  await expect(variants).toContainText(/方案 A · 30% 流量|Variant A · 30% of traffic/);
  await expect(variants).toContainText(/方案 B · 70% 流量|Variant B · 70% of traffic/);
  await expect(variants).toContainText(/满 ¥100.00 减 ¥20.00|Spend ¥100.00, save ¥20.00/);
});
