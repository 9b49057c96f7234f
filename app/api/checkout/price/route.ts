// POST /api/checkout/price – price a cart for a shopper (session, or API key with userId).
// In production server/main.ts answers this path itself before Next.js (the hot path of every
// cart view); this handler serves it under `next dev` and any plain `next start`.
import { priceCheckoutRoute } from "@/lib/checkout/price-route";

export const POST = priceCheckoutRoute;
