// Walks the shopper journey (product → cart → checkout → pay → order → refund) taking a phone and
// a desktop screenshot of each page into screenshots/ (not committed). Places and pays one order.
// Usage: BASE_URL=http://localhost:3000 npx tsx scripts/screenshots-journey.ts [zh|en] [shopper email]
import { chromium, type Page } from "@playwright/test";

const base = process.env.BASE_URL ?? "http://localhost:3000";
const locale = process.argv[2] ?? "zh";
const email = process.argv[3] ?? "bob@demo.test";
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox", "--disable-gpu", "--no-first-run"] });

async function shoot(page: Page, name: string, tag: string) {
  await page.waitForLoadState("networkidle");
  await page.screenshot({ path: `screenshots/journey-${name}-${tag}-${locale}.png`, fullPage: tag === "desktop" });
}

for (const [w, h, tag] of [[390, 844, "phone"], [1366, 900, "desktop"]] as const) {
  const ctx = await browser.newContext({ viewport: { width: w, height: h }, locale: locale === "zh" ? "zh-CN" : "en-US" });
  await ctx.addCookies([{ name: "locale", value: locale, url: base }]);
  const page = await ctx.newPage();
  await page.goto(`${base}/login`);
  await page.getByLabel(/Email|邮箱/).fill(email);
  await page.getByLabel(/Password|密码/).fill("demo1234");
  await page.getByRole("button", { name: /^(Sign in|登录)$/ }).click();
  await page.waitForURL((u) => !u.pathname.endsWith("login"));
  await page.getByTestId("product-card").nth(5).click();
  await page.getByRole("button", { name: /^(Add to cart|加入购物车)/ }).first().click();
  await shoot(page, "product", tag);
  await page.goto(`${base}/`);
  await page.getByTestId("product-card").nth(8).click();
  await page.getByRole("button", { name: /^(Add to cart|加入购物车)/ }).first().click();
  await page.getByRole("status").waitFor();
  await page.goto(`${base}/cart`);
  await shoot(page, "cart", tag);
  await page.goto(`${base}/checkout`);
  await shoot(page, "checkout", tag);
  await page.getByRole("button", { name: /^(Place order|提交订单)$/ }).click();
  await page.waitForURL(/\/pay$/);
  await shoot(page, "pay", tag);
  await page.getByRole("button", { name: /^(Pay now|确认支付)$/ }).click();
  await page.waitForURL(/paid=1/);
  await shoot(page, "order", tag);
  await page.getByRole("link", { name: /Request a refund|申请退款/ }).click();
  await page.getByRole("spinbutton").first().fill("1");
  await page.getByRole("button", { name: /Calculate refund|计算退款金额/ }).click();
  await shoot(page, "refund", tag);
  await page.goto(`${base}/orders`);
  await shoot(page, "orders", tag);
  await page.goto(`${base}/me`);
  await shoot(page, "me", tag);
  await ctx.close();
}
await browser.close();
console.log("journey screenshots written to screenshots/");
