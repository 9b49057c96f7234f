import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { sql } from "./helpers";

// What the two axe specs share (issue 17): the sizes and languages every page is audited at, the
// audit itself (WCAG 2.2 AA, serious or critical violations only), and the demo ids to visit.

export const SIZES = [
  { name: "phone", viewport: { width: 390, height: 844 } },
  { name: "desktop", viewport: { width: 1440, height: 900 } },
];
export const LANGS = ["zh", "en"] as const;

export async function audit(page: Page, path: string) {
  await page.goto(path, { waitUntil: "load" });
  await page.waitForTimeout(400); // client islands (prices, names) settle
  const r = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]).analyze();
  return r.violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => `${path}: ${v.id} × ${v.nodes.length} (${v.nodes[0]?.target.join(" ")})`);
}

export async function ids() {
  const [venue] = await sql<{ id: string }>(`SELECT id FROM "Promotion" WHERE status = 'ACTIVE' AND type = 'FULL_REDUCTION' ORDER BY "createdAt" LIMIT 1`);
  const [product] = await sql<{ id: string }>(`SELECT p.id FROM "Product" p JOIN "Sku" s ON s."productId" = p.id WHERE p.active AND s.stock > 0 ORDER BY p."createdAt" LIMIT 1`);
  return { venue: venue.id, product: product.id };
}
