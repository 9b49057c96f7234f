import { shopperRoute } from "@/lib/api/handler";
import { priceCartBodySchema } from "./checkout-schemas";
import { priceCheckout } from "./price-checkout";

/** POST /api/checkout/price — served by Next.js and by the Node fast path (server/main.ts). */
export const priceCheckoutRoute = shopperRoute({ body: priceCartBodySchema }, async ({ body, scope }) => priceCheckout({ ...body, shopperId: scope.shopperId, keyShopId: scope.shopId }));
