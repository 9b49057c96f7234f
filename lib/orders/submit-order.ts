import { attachRiskSubject, guardRisk } from "@/lib/risk/check-risk";
import type { Identity } from "@/lib/risk/request-identity";
import { db } from "@/lib/db/client";
import { AppError, notFound } from "@/lib/api/errors";
import { env } from "@/lib/env";
import { buildPricingInput, type PriceRequest } from "@/lib/checkout/build-pricing-input";
import { priceCart } from "@/lib/pricing/price-cart";
import { toOrderDto } from "./order-dto";
import { placeOrder } from "./place-order";
import type { Refusal } from "./order-plan";
import type { WriteOutcome } from "./write-order-plan";

const MAX_ATTEMPTS = 5;
const RETRY = new Set<Refusal["reason"]>(["COUPON_TAKEN", "COUPON_BUDGET", "PROMOTION_SPENT", "PER_USER_LIMIT", "PER_USER_UNITS", "GIFT_STOCK"]);

/** A refusal the shopper has to act on, as the API's error. */
function refusalError(r: Refusal): AppError {
  switch (r.reason) {
    case "OUT_OF_STOCK":
      return new AppError("OUT_OF_STOCK", `Not enough stock for SKU ${r.skuId}`, { [`lines.${r.lineNo}.quantity`]: "more than the stock left" });
    case "FLASH_SOLD_OUT":
      return new AppError("SOLD_OUT", "The flash sale's stock is sold out");
    case "FLASH_LIMIT":
      return new AppError("LIMIT_REACHED", "This shopper reached the flash sale's per-user limit");
    case "OFFER_UNAVAILABLE":
      return new AppError("OFFER_UNAVAILABLE", `The offer does not apply now (${r.detail})`, { promotionId: r.detail });
    case "SHOPPER_UNKNOWN":
      return notFound("shopper");
    default:
      return new AppError("CONFLICT", `The order could not be placed (${r.reason}); please retry`);
  }
}

/**
 * Places an order: prices on the server, refuses explicitly chosen coupons that cannot be used
 * (422), then reserves and writes everything in one transaction. If a concurrent order spent
 * something first, the cart is priced again from fresh data. The same idempotency key always
 * answers with the first order.
 */
export async function submitOrder(req: PriceRequest & { shopperId: string; idempotencyKey: string; source?: string; mustApply?: string; expectedTotal?: number; identity?: Identity }, now = new Date()) {
  const key = { shopperId: req.shopperId, idempotencyKey: req.idempotencyKey };
  const prior = await db.order.findUnique({ where: { shopperId_idempotencyKey: key } });
  if (prior) return { order: toOrderDto(prior), created: false };

  // 风控 once per order (a retry after a concurrent write keeps the first verdict and its decision)
  let risk: Awaited<ReturnType<typeof guardRisk>> | null = null;
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
    // 风控: orders using coupons are checked (a high-value one more closely); once per order
    const shops = [...new Set(result.lines.map((l) => l.shopId))];
    if (attempt === 1 && result.couponDiscount > 0) risk = await guardRisk({ action: "ORDER", shopId: shops.length === 1 ? shops[0] : null, shopperId: req.shopperId, ip: req.identity?.ip, deviceId: req.identity?.deviceId, address: req.region ?? null, valueCents: result.couponDiscount, subject: req.idempotencyKey }, now);
    const expiresAt = new Date(now.getTime() + env().ORDER_TIMEOUT_MINUTES * 60_000);
    let out: WriteOutcome;
    try {
      out = await placeOrder(result, input, { ...key, region: req.region, channel: req.channel, source: req.source, mustApply: req.mustApply, expiresAt });
    } catch (e) {
      // two carts that met on the same rows: price again
      if (["40P01", "40001"].includes((e as { code?: string }).code ?? "")) continue;
      throw e;
    }
    if (out.ok) {
      if (risk?.verdict === "REVIEW" && out.created) await attachRiskSubject(risk.decisionId, out.orderId);
      return { order: toOrderDto(await db.order.findUniqueOrThrow({ where: { id: out.orderId } })), created: out.created };
    }
    // a concurrent order spent something this price relied on: price again from fresh data
    if (RETRY.has(out.refusal.reason)) continue;
    throw refusalError(out.refusal);
  }
  throw new AppError("CONFLICT", "The cart changed while ordering (a coupon, limit or budget was used); please retry");
}
