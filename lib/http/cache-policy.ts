// Which responses a CDN (or any shared cache) may keep. Public shop pages — home, activity
// venues, product pages, the flash-sale venue, published activity pages — are rendered the same
// for every visitor and signed-in shopper (their own prices, cart badge and name are filled in by
// the browser), so they are cacheable for a short time and served stale while one request
// revalidates. Everything else stays `private, no-store`.
export const PUBLIC_MAX_AGE_S = Number(process.env.PAGE_CACHE_SECONDS ?? 10);
export const PUBLIC_STALE_S = 60;

const PUBLIC = [/^\/$/, /^\/search$/, /^\/promotions$/, /^\/promotions\/[A-Za-z0-9_-]+$/, /^\/products\/[A-Za-z0-9_-]+$/, /^\/flash-sales$/, /^\/p\/[A-Za-z0-9_-]+$/];

/** The Cache-Control of a page response, or null to leave Next.js's own. */
export function publicPageCache(method: string, rawPath: string): { cacheControl: string; vary: string } | null {
  if (method !== "GET" && method !== "HEAD") return null;
  const english = rawPath === "/en" || rawPath.startsWith("/en/");
  const path = english ? rawPath.slice(3) || "/" : rawPath;
  if (!PUBLIC.some((re) => re.test(path))) return null;
  // an unprefixed (Chinese) URL may redirect English-preferring visitors: caches keep one copy per language preference
  return { cacheControl: `public, max-age=0, s-maxage=${PUBLIC_MAX_AGE_S}, stale-while-revalidate=${PUBLIC_STALE_S}`, vary: english ? "" : "Accept-Language" };
}
