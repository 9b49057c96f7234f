import type { MetadataRoute } from "next";
import { siteUrl } from "@/lib/seo/page-metadata";

// robots.txt: shop pages are public; the admin console, personal pages and the API are not for crawlers.
export default function robots(): MetadataRoute.Robots {
  return {
    rules: [{ userAgent: "*", allow: "/", disallow: ["/admin", "/api/", "/cart", "/checkout", "/me", "/orders", "/login", "/en/cart", "/en/checkout", "/en/me", "/en/orders", "/en/login"] }],
    sitemap: `${siteUrl()}/sitemap.xml`,
  };
}
