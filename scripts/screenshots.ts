// Takes screenshots of the main pages at phone and desktop sizes into screenshots/ (not committed).
// Usage: BASE_URL=http://localhost:3000 npx tsx scripts/screenshots.ts [zh|en] [path …]
import { chromium, type Page } from "@playwright/test";

const base = process.env.BASE_URL ?? "http://localhost:3000";
const locale = process.argv[2] ?? "zh";
const only = process.argv.slice(3);

async function signIn(page: Page, path: string, email: string) {
  await page.goto(`${base}${path}`);
  await page.getByLabel(/Email|邮箱/).fill(email);
  await page.getByLabel(/Password|密码/).fill("demo1234");
  await page.getByRole("button", { name: /Sign in|登录/ }).click();
  await page.waitForURL((u) => !u.pathname.endsWith("login"));
}

const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"] });
const shots: [string, string, string | null][] = [
  ["/", "shop-home", "alice@demo.test"],
  ["/me", "shop-me", "alice@demo.test"],
  ["/flash-sales", "shop-flash-sales", "alice@demo.test"],
  ["/coupons", "shop-coupons", "alice@demo.test"],
  ["/admin/flash-sales", "admin-flash-monitor", "admin@platform.test"],
  ["/admin/group-buys", "admin-group-buys", "admin@platform.test"],
  ...(process.env.REPORT_PATH ? [[process.env.REPORT_PATH, "admin-report", "admin@platform.test"] as [string, string, string]] : []),
  ["/admin", "admin-dashboard", "admin@platform.test"],
  ["/admin/promotions", "admin-promotions", "admin@platform.test"],
  ["/admin/products", "admin-products", "admin@platform.test"],
];
for (const [w, h, tag] of [[390, 844, "phone"], [1366, 900, "desktop"]] as const) {
  for (const who of ["alice@demo.test", "admin@platform.test"]) {
    const ctx = await browser.newContext({ viewport: { width: w, height: h }, locale: locale === "zh" ? "zh-CN" : "en-US" });
    await ctx.addCookies([{ name: "locale", value: locale, url: base }]);
    const page = await ctx.newPage();
    await signIn(page, who.includes("platform") ? "/admin/login" : "/login", who);
    for (const [path, name, user] of shots) {
      if (user !== who || (only.length && !only.includes(path))) continue;
      await page.goto(`${base}${path}`);
      await page.waitForLoadState("networkidle");
      await page.screenshot({ path: `screenshots/${name}-${tag}-${locale}.png`, fullPage: false });
    }
    await ctx.close();
  }
}
await browser.close();
console.log("screenshots written to screenshots/");
