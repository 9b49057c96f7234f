import { chromium } from "@playwright/test";
import AxeBuilder from "@axe-core/playwright";
const BASE = "http://localhost:3500";
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox", "--disable-gpu"] });
const pages = (process.argv[2] ?? "/,/flash-sales,/coupons,/login").split(",");
const who = process.argv[3] ?? "";
for (const w of [390, 1440]) {
  const ctx = await browser.newContext({ viewport: { width: w, height: 900 }, locale: "zh-CN" });
  const page = await ctx.newPage();
  if (who) {
    const admin = who.includes("admin") || who.includes("test") && !who.includes("demo");
    await page.goto(BASE + (who.includes("demo") ? "/login" : "/admin/login"));
    await page.getByLabel(/Email|邮箱/).fill(who); await page.getByLabel(/Password|密码/).fill("demo1234");
    await page.getByRole("button", { name: /^(Sign in|登录)$/ }).click(); await page.waitForURL(/\/(admin)?$/);
    void admin;
  }
  for (const p of pages) {
    await page.goto(BASE + p, { waitUntil: "load" }); await page.waitForTimeout(800);
    const r = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]).analyze();
    const bad = r.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
    console.log(`${w} ${p}: ${bad.map((v) => `${v.id}(${v.nodes.length})`).join(" ") || "ok"}`);
    for (const v of bad) for (const n of v.nodes.slice(0, 4)) console.log(`   ${v.id}: ${n.target.join(" ")} :: ${(n.failureSummary ?? "").split("\n").slice(1, 2).join(" ").slice(0, 160)}`);
  }
  await ctx.close();
}
await browser.close();
