import { priceCart } from "@/lib/pricing/price-cart";
import { buildPricingInput, type PriceRequest } from "./build-pricing-input";

/** Prices a cart for the cart page, checkout and the API: the same function the order uses. */
export async function priceCheckout(req: PriceRequest, now = new Date()) {
  const input = await buildPricingInput(req, now, { cached: true });
  return priceCart(input, now);
}
