import type { StaffActor } from "@/lib/auth/actor";
import { buildPricingInput } from "@/lib/checkout/build-pricing-input";
import { priceCart } from "@/lib/pricing/price-cart";
import type { Channel } from "@/lib/pricing/pricing-input";
import { getPromotionOrThrow } from "./get-promotion";

/**
 * Prices a sample cart for a chosen shopper as if this promotion (even a draft) were live now,
 * next to the promotions that are live: the same explanation the shopper would get.
 */
export async function simulatePromotion(actor: StaffActor, id: string, req: { userId: string; lines: { skuId: string; quantity: number }[]; couponIds?: string[]; region?: string; channel?: Channel }, now = new Date()) {
  const p = await getPromotionOrThrow(actor, id);
  const live = { ...p, status: "ACTIVE" as const, startsAt: new Date(now.getTime() - 1), endsAt: new Date(Math.max(p.endsAt.getTime(), now.getTime() + 86_400_000)) };
  const input = await buildPricingInput({ ...req, shopperId: req.userId, extraPromotions: [live] }, now);
  return priceCart(input, now);
}
