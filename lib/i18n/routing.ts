import { defineRouting } from "next-intl/routing";

/**
 * Shop pages carry their language in the URL (SPEC: zh and en): Chinese without a prefix
 * (`/products/x`), English under `/en` (`/en/products/x`), so each language has its own URL for
 * search engines (hreflang alternates) and caches. The admin console stays at `/admin`, in the
 * language of the `locale` cookie or the browser. proxy.ts strips the prefix and passes the
 * locale on; the cookie / Accept-Language choice decides the default redirect.
 */
export const routing = defineRouting({ locales: ["zh", "en"], defaultLocale: "zh", localePrefix: "as-needed", localeCookie: false, localeDetection: false });

export const LOCALE_HEADER = "x-promo-locale";
/** the shop page's path and query without the language prefix (for the language switcher) */
export const PATH_HEADER = "x-promo-path";

/** A shop path in a language: `/cart` → `/en/cart` for English, unchanged for Chinese. */
export function localePath(path: string, locale: string) {
  if (locale !== "en") return path;
  return path === "/" ? "/en" : path.startsWith("/?") ? `/en${path.slice(1)}` : `/en${path}`;
}

/** The path without its language prefix, and the language. */
export function splitLocale(pathname: string): { locale: "zh" | "en" | null; path: string } {
  if (pathname === "/en" || pathname.startsWith("/en/")) return { locale: "en", path: pathname.slice(3) || "/" };
  if (pathname === "/zh" || pathname.startsWith("/zh/")) return { locale: "zh", path: pathname.slice(3) || "/" };
  return { locale: null, path: pathname };
}
