import type { RawHandler } from "@/lib/api/handler";
import { priceCheckoutRoute } from "@/lib/checkout/price-route";
import { flashAttemptRoute } from "@/lib/flash-sale/attempt-route";

/**
 * Hot endpoints answered by the plain Node server before Next.js sees the request: the same
 * route objects (auth, rate limit, validation, domain call) without the framework's per-request
 * cost. Exact paths by "METHOD path"; paths with a parameter by pattern.
 */
export const fastRoutes = new Map<string, RawHandler>([["POST /api/checkout/price", priceCheckoutRoute.raw]]);

export const fastPatterns: { method: string; re: RegExp; names: string[]; handler: RawHandler; path: string }[] = [
  { method: "POST", re: /^\/api\/flash-sales\/([^/]+)\/attempt$/, names: ["promotionId"], handler: flashAttemptRoute.raw, path: "/api/flash-sales/{promotionId}/attempt" },
];

export class MalformedUrl extends Error {}

/** The fast handler of a request and its path parameters, or null for Next.js. Throws MalformedUrl for undecodable paths. */
export function matchFastRoute(method: string, path: string): { handler: RawHandler; params: Record<string, string> } | null {
  const exact = fastRoutes.get(`${method} ${path}`);
  if (exact) return { handler: exact, params: {} };
  for (const p of fastPatterns) {
    if (p.method !== method) continue;
    const m = p.re.exec(path);
    if (!m) continue;
    try {
      return { handler: p.handler, params: Object.fromEntries(p.names.map((n, i) => [n, decodeURIComponent(m[i + 1])])) };
    } catch {
      throw new MalformedUrl(path);
    }
  }
  return null;
}
