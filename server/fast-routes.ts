import type { RawHandler } from "@/lib/api/handler";
import { priceCheckoutRoute } from "@/lib/checkout/price-route";

/**
 * Hot endpoints answered by the plain Node server before Next.js sees the request: the same
 * route objects (auth, rate limit, validation, domain call) without the framework's per-request
 * cost. Keyed by "METHOD path".
 */
export const fastRoutes = new Map<string, RawHandler>([["POST /api/checkout/price", priceCheckoutRoute.raw]]);
