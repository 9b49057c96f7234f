import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { signIn, sql } from "./helpers";

// WCAG 2.2 AA (admin pages) with axe on every page, in both languages, at phone and desktop size: any serious
// or critical violation fails (issue 17).

const SIZES = [
  { name: "phone", viewport: { width: 390, height: 844 } },
  { name: "desktop", viewport: { width: 1440, height: 900 } },
];
const LANGS = ["zh", "en"] as const;

async function audit(page: Page, path: string) {
  await page.goto(path, { waitUntil: "load" });
  await page.waitForTimeout(400); // client islands (prices, names) settle
  const r = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]).analyze();
  return r.violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => `${path}: ${v.id} × ${v.nodes.length} (${v.nodes[0]?.target.join(" ")})`);
}

async function ids() {
  const [venue] = await sql<{ id: string }>(`SELECT id FROM "Promotion" WHERE status = 'ACTIVE' AND type = 'FULL_REDUCTION' ORDER BY "createdAt" LIMIT 1`);
  const [product] = await sql<{ id: string }>(`SELECT p.id FROM "Product" p JOIN "Sku" s ON s."productId" = p.id WHERE p.active AND s.stock > 0 ORDER BY p."createdAt" LIMIT 1`);
  return { venue: venue.id, product: product.id };
}


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
      for (const p of ["/admin", "/admin/promotions", "/admin/promotions/new", `/admin/promotions/${venue}`, `/admin/promotions/${venue}/report`, "/admin/coupons", "/admin/coupons/new", "/admin/products", "/admin/shoppers", "/admin/staff", "/admin/audit", "/admin/flash-sales"]) bad.push(...(await audit(page, p)));
      expect(bad).toEqual([]);
      await ctx.close();
    });
  }
}

