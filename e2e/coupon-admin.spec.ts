import { expect, test } from "@playwright/test";
import { bearer, platformKey, signIn } from "./helpers";

// these assertions read the English messages
// the shop's zone is Asia/Shanghai: the browser fills wall-clock times there
test.use({ locale: "en-US", timezoneId: "Asia/Shanghai" });

const local = (ms: number) => {
  const d = new Date(Date.now() + ms);
  return new Date(d.getTime() - d.getTimezoneOffset() * 60_000).toISOString().slice(0, 16);
};

test("an operator creates a template; a claim window outlasting the coupons' validity is refused beside the field", async ({ page }) => {
  await signIn(page, "/admin/login", "operator@trendy.test");
  await expect(page).toHaveURL(/\/admin$/);
  await page.goto("/admin/coupons/new");
  await page.getByLabel(/^(Name|券名称)$/).fill("E2E 满99减9");
  await page.getByLabel(/^(Amount off|面额) \(¥\)$/).fill("9");
  await page.getByLabel(/^(Threshold|使用门槛) \(¥\)$/).fill("99");
  await page.getByLabel(/^(Validity|有效期)/).selectOption("fixed");
  await page.getByLabel(/^(Valid from|生效时间) \(Asia\/Shanghai/).fill(local(0));
  await page.getByLabel(/^(Valid to|失效时间) \(Asia\/Shanghai/).fill(local(2 * 86_400_000));
  await page.getByRole("button", { name: /^(Save template|保存模板)$/ }).click();
  await expect(page.getByRole("heading", { name: "E2E 满99减9" })).toBeVisible();

  await page.getByLabel(/^(Claim from|开始领取)/).fill(local(0));
  await page.getByLabel(/^(Claim until|结束领取)/).fill(local(3 * 86_400_000));
  await page.getByRole("button", { name: /^(Create campaign|创建领券活动)$/ }).click();
  await expect(page.getByText(/must be before the template's validTo/)).toBeVisible();
  await page.getByLabel(/^(Claim until|结束领取)/).fill(local(86_400_000));
  await page.getByLabel(/^(Release in rounds|分几轮放量)/).fill("2");
  await page.getByLabel(/^(Hours between rounds|每轮间隔)/).fill("6");
  await page.getByRole("button", { name: /^(Create campaign|创建领券活动)$/ }).click();
  await expect(page.getByRole("cell", { name: "E2E 满99减9" })).toBeVisible();
});

test("granting a coupon to a segment runs as a job with progress; its shoppers get the coupon", async ({ page }) => {
  await signIn(page, "/admin/login", "admin@platform.test");
  await expect(page).toHaveURL(/\/admin$/);
  await page.goto("/admin/coupons");
  await page.getByRole("link", { name: "数码满500减50" }).click();
  await page.getByLabel(/To a segment|发给人群/).selectOption({ label: "高价值客户 High value" });
  await page.getByRole("button", { name: /^(Grant|发放)$/ }).nth(1).click();
  const bar = page.getByTestId("code-job").getByRole("progressbar");
  await expect(bar).toHaveAttribute("aria-valuenow", "100", { timeout: 30_000 });
  await page.reload();
  await expect(page.getByText(/按人群发券|Granted to a segment/).first()).toBeVisible();
  // Dave is tagged high-value: the coupon is now in his wallet
  const dave = await (await page.request.post("/api/admin/shoppers", { headers: bearer(platformKey()), data: { externalId: "host-1004", name: "Dave 铂金" } })).json();
  const mine = await (await page.request.get(`/api/coupons/mine?userId=${dave.id}&state=UNUSED`, { headers: bearer(platformKey()) })).json();
  expect(mine.items.filter((c: { name: string }) => c.name === "数码满500减50").length).toBeGreaterThanOrEqual(1);
});
