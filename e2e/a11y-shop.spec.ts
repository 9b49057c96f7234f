import { expect, test } from "@playwright/test";
import { audit, ids, LANGS, SIZES } from "./axe";
import { bearer, platformKey, signIn } from "./helpers";

// WCAG 2.2 AA (shop pages) with axe on every page, in both languages, at phone and desktop size: any serious
// or critical violation fails (issue 17).

const en = (lang: string, path: string) => (lang === "en" ? (path === "/" ? "/en" : `/en${path}`) : path);

for (const size of SIZES) {
  for (const lang of LANGS) {
    test(`shop pages pass axe (${lang}, ${size.name})`, async ({ browser }) => {
      test.setTimeout(300_000);
      const { venue, product } = await ids();
      const ctx = await browser.newContext({ viewport: size.viewport, locale: lang === "en" ? "en-US" : "zh-CN" });
      const page = await ctx.newPage();
      const bad: string[] = [];
      for (const p of ["/", "/search?q=%E6%89%8B&inStock=1", "/promotions", `/promotions/${venue}`, `/products/${product}`, "/flash-sales", "/coupons", "/p/double11", "/login"]) bad.push(...(await audit(page, en(lang, p))));
      // signed in, with something in the cart
      await signIn(page, en(lang, "/login") as "/login", "dave@demo.test");
      await page.waitForURL(/localhost:\d+\/(en)?$/);
      await page.goto(en(lang, `/products/${product}`));
      await page.getByRole("button", { name: /^(加入购物车|Add to cart)/ }).first().click();
      await page.waitForURL(/added=/);
      for (const p of ["/cart", "/checkout", "/me", "/orders"]) bad.push(...(await audit(page, en(lang, p))));
      expect(bad).toEqual([]);
      await ctx.close();
    });

  }
}

test("keyboard: a claim is announced and keeps the focus; focused buttons never hide behind the bottom bar", async ({ page, request }) => {
  const now = Date.now();
  const t = await (await request.post("/api/admin/coupon-templates", { headers: bearer(platformKey()), data: { name: "键盘券", kind: "AMOUNT_OFF", amountOff: 500, validDays: 3, stacksWithPromotions: true, totalQuantity: 50 } })).json();
  await request.post("/api/admin/coupon-campaigns", { headers: bearer(platformKey()), data: { templateId: t.id, claimStartsAt: new Date(now - 60_000).toISOString(), claimEndsAt: new Date(now + 3_600_000).toISOString(), totalQuantity: 50, perUserLimit: 1, positions: ["coupon-center"] } });
  await page.setViewportSize({ width: 390, height: 844 });
  await signIn(page, "/login", "carol@demo.test");
  await page.waitForURL(/localhost:\d+\/(en)?$/);
  await page.goto("/coupons");
  const row = page.getByRole("listitem").filter({ hasText: "键盘券" });
  const button = row.getByRole("button");
  await button.focus();
  const box = await button.boundingBox();
  const bar = await page.getByRole("navigation", { name: /商城导航|Shop/ }).boundingBox();
  expect(box!.y + box!.height).toBeLessThanOrEqual(bar!.y);
  expect(box!.height).toBeGreaterThanOrEqual(44);
  await page.keyboard.press("Enter");
  const status = row.getByRole("status");
  await expect(status).toHaveText(/已领取|Claimed/);
  await expect(status).toBeFocused();
});
