import type { Metadata } from "next";
import { localePath } from "@/lib/i18n/routing";

/** The site's public origin (sitemap, Open Graph, canonical URLs). */
export const siteUrl = () => (process.env.PUBLIC_URL ?? process.env.NEXTAUTH_URL ?? "http://localhost:3000").replace(/\/$/, "");

/**
 * A shop page's metadata in its language: title and description, the canonical URL of this
 * language and hreflang alternates for both (zh unprefixed, en under /en), Open Graph.
 */
export function pageMetadata(o: { title: string; description: string; path: string; locale: string; image?: string | null; type?: "website" | "article" }): Metadata {
  const zh = o.path;
  const en = localePath(o.path, "en");
  const url = o.locale === "en" ? en : zh;
  return {
    title: o.title,
    description: o.description,
    alternates: { canonical: url, languages: { "zh-CN": zh, en, "x-default": zh } },
    openGraph: {
      title: o.title,
      description: o.description,
      url,
      siteName: o.locale === "en" ? "Promo Hub" : "促销中心",
      locale: o.locale === "en" ? "en_US" : "zh_CN",
      alternateLocale: o.locale === "en" ? ["zh_CN"] : ["en_US"],
      type: o.type ?? "website",
      ...(o.image ? { images: [{ url: o.image }] } : {}),
    },
  };
}
