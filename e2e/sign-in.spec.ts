import { expect, test } from "@playwright/test";
import { signIn } from "./helpers";

test("staff sign-in lands in the admin console", async ({ page }) => {
  await signIn(page, "/admin/login", "operator@techpick.test");
  await expect(page).toHaveURL(/\/admin$/);
  await expect(page.getByTestId("user-menu")).toContainText("operator@techpick.test");
  const nav = page.getByRole("navigation", { name: /^(Admin|后台导航)$/ }).getByRole("link");
  // 15 + the war room, alerts and risk control (webhooks are for ADMINs)
  await expect(nav).toHaveCount(18);
  await expect(nav.filter({ hasText: /秒杀|Flash sales/ })).toHaveAttribute("href", "/admin/flash-sales");
});

test("a wrong password is refused with a message and no session", async ({ page }) => {
  await signIn(page, "/admin/login", "admin@platform.test", "wrong-password");
  await expect(page.getByRole("alert").filter({ hasText: /\S/ })).toBeVisible();
  await page.goto("/admin");
  await expect(page).toHaveURL(/\/admin\/login/);
});

test("shopper sign-in lands in the shop", async ({ page }) => {
  await signIn(page, "/login", "bob@demo.test");
  await expect(page).toHaveURL(/localhost:\d+\/(en)?$/);
  await expect(page.getByRole("link", { name: "Bob 白银" })).toBeVisible();
  await page.goto("/me");
  await expect(page.getByTestId("shopper-name")).toHaveText("Bob 白银");
});

test("a shopper is refused from /admin with a 403 page", async ({ page }) => {
  await signIn(page, "/login", "alice@demo.test");
  await expect(page).toHaveURL(/localhost:\d+\/(en)?$/);
  const response = await page.goto("/admin/promotions");
  expect(response?.status()).toBe(403);
  await expect(page.getByText("403")).toBeVisible();
});

test("anonymous visitors of /admin are sent to the staff sign-in", async ({ page }) => {
  await page.goto("/admin/products");
  await expect(page).toHaveURL(/\/admin\/login\?callbackUrl=%2Fadmin%2Fproducts/);
});

test("shop staff only ever see their own shop's products", async ({ page }) => {
  await signIn(page, "/admin/login", "admin@trendy.test");
  await expect(page).toHaveURL(/\/admin$/);
  await page.goto("/admin/products");
  const shopCells = page.locator("tbody tr td:nth-child(2)");
  await expect(shopCells.first()).toBeVisible();
  const names = new Set(await shopCells.allTextContents());
  expect([...names]).toEqual(["潮流服饰"]);
});

test("the language follows the browser, can be switched, and is remembered", async ({ browser }) => {
  const context = await browser.newContext({ locale: "en-US" });
  const page = await context.newPage();
  await page.goto("/");
  // the browser prefers English: the English page has its own URL
  await expect(page).toHaveURL(/\/en$/);
  await expect(page.getByRole("link", { name: "Sign in" })).toBeVisible();
  await page.getByRole("button", { name: "中文" }).click();
  await expect(page).toHaveURL(/localhost:\d+\/(en)?$/);
  await expect(page.getByRole("link", { name: "登录" })).toBeVisible();
  await page.reload();
  await expect(page.getByRole("link", { name: "登录" })).toBeVisible();
  await expect(page.locator("html")).toHaveAttribute("lang", "zh-CN");
  await context.close();
});
