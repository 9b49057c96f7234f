import { db } from "@/lib/db/client";
import { AppError } from "@/lib/api/errors";
import { env } from "@/lib/env";
import { buildPricingInput, type PriceRequest } from "@/lib/checkout/build-pricing-input";
import { priceCart } from "@/lib/pricing/price-cart";
import { persistOrder } from "./persist-order";
import { PricingConflict } from "./pricing-conflict";
import { toOrderDto } from "./order-dto";
import { scheduleOrderTimeout } from "./order-timeout";

const MAX_ATTEMPTS = 5;

/**
 * Places an order: prices on the server, refuses explicitly chosen coupons that cannot be used
 * (422), then reserves and writes everything in one transaction. If a concurrent order spent
 * something first, the cart is priced again from fresh data. The same idempotency key always
 * answers with the first order.
 */
export async function submitOrder(req: PriceRequest & { shopperId: string; idempotencyKey: string; source?: string; mustApply?: string; expectedTotal?: number }, now = new Date()) {
  const key = { shopperId: req.shopperId, idempotencyKey: req.idempotencyKey };
  const prior = await db.order.findUnique({ where: { shopperId_idempotencyKey: key } });
  if (prior) return { order: toOrderDto(prior), created: false };

  for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
    const input = await buildPricingInput(req, now);
    const result = priceCart(input, now);
    // never a silent re-price: the shopper confirms a price that is not the one they were shown
    if (req.expectedTotal !== undefined && result.total !== req.expectedTotal)
      throw new AppError("PRICE_CHANGED", `The price is now ${result.total} cents, not the ${req.expectedTotal} shown; confirm the new price`, undefined, { pricing: result, expectedTotal: req.expectedTotal, total: result.total });
    const refused = result.notApplied.filter((n) => n.kind === "COUPON");
    if (refused.length) {
      throw new AppError("COUPON_UNUSABLE", `Coupon cannot be used: ${refused.map((r) => `${r.id} (${r.reason})`).join(", ")}`, Object.fromEntries(refused.map((r) => [`couponIds.${req.couponIds!.indexOf(r.id)}`, r.reason])));
    }
    // a flash-sale / group-buy order exists only at its offer price
    if (req.mustApply && !result.applied.some((a) => a.id === req.mustApply)) {
      const reason = result.notApplied.find((n) => n.id === req.mustApply)?.reason ?? "NOT_STARTED";
      throw new AppError("OFFER_UNAVAILABLE", `The offer does not apply now (${reason})`, { promotionId: reason });
    }
    const expiresAt = new Date(now.getTime() + env().ORDER_TIMEOUT_MINUTES * 60_000);
    try {
      const { order, created } = await db.$transaction((tx) => persistOrder(tx, { ...key, result, region: req.region, channel: req.channel, expiresAt, source: req.source, variants: Object.fromEntries(input.promotions.filter((p) => p.variantKey).map((p) => [p.id, p.variantKey!])) }), { timeout: 30_000, maxWait: 30_000 });
      if (created) await scheduleOrderTimeout(order.id, order.expiresAt).catch((e) => console.error("could not schedule order timeout (the sweep will catch it)", e));
      return { order: toOrderDto(order), created };
    } catch (e) {
      if (e instanceof PricingConflict) continue;
      if ((e as { code?: string }).code === "P2002") {
        const first = await db.order.findUnique({ where: { shopperId_idempotencyKey: key } });
        if (first) return { order: toOrderDto(first), created: false };
      }
      throw e;
    }
  }
  throw new AppError("CONFLICT", "The cart changed while ordering (a coupon, limit or budget was used); please retry");
}
