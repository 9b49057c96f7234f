import type { MetadataRoute } from "next";
import { publicPages } from "@/lib/seo/public-pages";
import { localePath } from "@/lib/i18n/routing";
import { siteUrl } from "@/lib/seo/page-metadata";

export const dynamic = "force-dynamic";
export const revalidate = 300;

// sitemap.xml: the public shop pages in both languages (hreflang alternates per entry) — home,
// the flash-sale venue, live and upcoming activity venues, active products, published activity pages.
export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const base = siteUrl();
  const now = new Date();
  const { promotions, products } = await publicPages(now);
  const entry = (path: string, lastModified?: Date, priority = 0.5): MetadataRoute.Sitemap[number] => ({
    url: `${base}${path}`,
    lastModified,
    priority,
    alternates: { languages: { "zh-CN": `${base}${path}`, en: `${base}${localePath(path, "en")}` } },
  });
  return [entry("/", now, 1), entry("/flash-sales", now, 0.8), ...promotions.map((p) => entry(`/promotions/${p.id}`, p.updatedAt, 0.7)), ...products.map((p) => entry(`/products/${p.id}`, p.createdAt, 0.6))];
}
