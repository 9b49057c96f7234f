import { z } from "zod";
import { readCart } from "@/lib/cart/cart-cookie";
import { recordViews } from "@/lib/analytics/record-event";
import { priceCheckout } from "@/lib/checkout/price-checkout";
import { shopperOffers, type DealPrice } from "./shopper-offers";

export const personalOffersBodySchema = z.object({
  skuIds: z.array(z.string().min(1).max(64)).max(100).default([]),
  /** the page being viewed, recorded for the reports (cached pages cannot record it themselves) */
  view: z.object({ type: z.enum(["ACTIVITY_VIEW", "PRODUCT_VIEW"]), subject: z.string().min(1).max(64), promotions: z.array(z.object({ id: z.string().min(1).max(64), shopId: z.string().max(64).nullable(), variantKey: z.string().max(4).nullish() })).max(50) }).optional(),
  /** a venue: the shopper's progress in this promotion from their cart */
  progressFor: z.string().min(1).max(64).optional(),
});
export type PersonalOffersBody = z.infer<typeof personalOffersBodySchema>;

export type VenueProgress = { applied: number; hint: { shortfall: number; amountOff: number; basis: "AMOUNT" | "QUANTITY" } | null } | null;

/**
 * The shopper-specific part of a cached shop page (SPEC §12 read with issue 17): the page itself is
 * rendered once for everyone (a visitor's 到手价), and a signed-in shopper's browser asks here for
 * their own 到手价 per SKU (held and claimable coupons, member price, new-user offers), their
 * progress in a venue from their cart, and records their view.
 */
export async function personalOffers(shopperId: string, body: PersonalOffersBody, now = new Date()) {
  const [offers, progress] = await Promise.all([
    body.skuIds.length ? shopperOffers(shopperId, body.skuIds, now) : null,
    body.progressFor ? venueProgress(shopperId, body.progressFor, now) : null,
  ]);
  if (body.view) recordViews(body.view.type, shopperId, body.view.promotions, body.view.subject, now);
  return { deals: (offers?.deals ?? {}) as Record<string, DealPrice>, labels: offers?.labels ?? {}, progress };
}

async function venueProgress(shopperId: string, promotionId: string, now: Date): Promise<VenueProgress> {
  const cart = await readCart(shopperId);
  if (!cart.length) return null;
  const r = await priceCheckout({ shopperId, lines: cart }, now).catch(() => null);
  if (!r) return null;
  const hint = r.hints.find((h) => h.promotionId === promotionId);
  return { applied: r.applied.filter((a) => a.id === promotionId).reduce((s, a) => s + a.amount, 0), hint: hint ? { shortfall: hint.shortfall, amountOff: hint.amountOff, basis: hint.basis } : null };
}
