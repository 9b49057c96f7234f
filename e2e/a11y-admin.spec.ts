import { expect, test } from "@playwright/test";
import { audit, ids, LANGS, SIZES } from "./axe";
import { signIn } from "./helpers";

// WCAG 2.2 AA (admin pages) with axe on every page, in both languages, at phone and desktop size: any serious
// or critical violation fails (issue 17).

for (const size of SIZES) {
  for (const lang of LANGS) {
    test(`admin pages pass axe (${lang}, ${size.name})`, async ({ browser }) => {
      test.setTimeout(300_000);
      const { venue } = await ids();
      const ctx = await browser.newContext({ viewport: size.viewport, locale: lang === "en" ? "en-US" : "zh-CN" });
      const page = await ctx.newPage();
      await signIn(page, "/admin/login", "admin@platform.test");
      await expect(page).toHaveURL(/\/admin$/);
      const bad: string[] = [];
      for (const p of ["/admin", "/admin/promotions", "/admin/promotions/new", `/admin/promotions/${venue}`, `/admin/promotions/${venue}/report`, "/admin/coupons", "/admin/coupons/new", "/admin/products", "/admin/shoppers", "/admin/staff", "/admin/audit", "/admin/flash-sales", "/admin/segments", "/admin/segments/new", "/admin/deliveries", "/admin/deliveries/new", "/admin/live", `/admin/promotions/${venue}/live`, "/admin/alerts", "/admin/risk", "/admin/webhooks"]) bad.push(...(await audit(page, p)));
      expect(bad).toEqual([]);
      await ctx.close();
    });
  }
}

