import { db } from "@/lib/db/client";
import { env } from "@/lib/env";
import { buildPricingInput } from "@/lib/checkout/build-pricing-input";
import { priceCart } from "@/lib/pricing/price-cart";
import type { Refusal } from "@/lib/orders/order-plan";
import { placeOrder } from "@/lib/orders/place-order";
import type { AttemptInput } from "./attempt-flash-sale";
import { flashIdemKey } from "./flash-counters";

/** What the shopper is told when the database refuses a win, and whether the unit goes back to the Redis stock. */
export type FlashRefusal = { outcome: "SOLD_OUT" | "LIMIT_REACHED" | "ENDED"; restore: boolean; refusal: Refusal };
export type FlashWriteOutcome = { ok: true; orderId: string; created: boolean } | ({ ok: false } & FlashRefusal);

function flashRefusal(r: Refusal): FlashRefusal {
  switch (r.reason) {
    case "OUT_OF_STOCK":
    case "GIFT_STOCK":
    case "FLASH_SOLD_OUT":
    case "PROMOTION_SPENT":
      // the database has no unit for it: Redis's count was ahead (rebuilt mid-sale); the unit stays taken
      return { outcome: "SOLD_OUT", restore: false, refusal: r };
    case "FLASH_LIMIT":
    case "PER_USER_LIMIT":
    case "PER_USER_UNITS":
      return { outcome: "LIMIT_REACHED", restore: true, refusal: r };
    default:
      return { outcome: "ENDED", restore: true, refusal: r };
  }
}

/**
 * The order of a flash-sale win, written by the wins consumer (flash-wins.ts) off the request
 * path through the one order path: priced by the engine, planned (lib/orders/order-plan.ts) and
 * written by the one writer — the same rows, guards and reservations as a checkout order. A
 * business refusal is an answer ({ok: false, outcome}), not an exception.
 *
 * Priced at the moment of the win (the script checked the window then): a win still queued when
 * the sale ends, or is ended, is honoured at its price. The catalogue data comes from the pricing
 * cache, which checks the pricing version on every read (bumped in the same transaction as every
 * change to promotions, templates, products and shops), so it never serves data older than the
 * last commit; usage counters are read fresh and the writer's conditional updates are the guard.
 */
export async function writeFlashOrder(input: AttemptInput, now = new Date(), wonAt = now): Promise<FlashWriteOutcome> {
  const idempotencyKey = flashIdemKey(input.promotionId, input.idempotencyKey);
  const req = { shopperId: input.shopperId, channel: input.channel ?? undefined, lines: [{ skuId: input.skuId, quantity: input.quantity }], couponIds: [], entitlements: { [input.promotionId]: { [input.skuId]: input.quantity } } };
  let pricingInput = await buildPricingInput(req, wonAt, { cached: true });
  let result = priceCart(pricingInput, wonAt);
  if (!result.applied.some((a) => a.id === input.promotionId)) {
    // not among the live ones (approved a moment ago elsewhere, or ended since the win): the sale itself, as it is stored
    const sale = await db.promotion.findUnique({ where: { id: input.promotionId } });
    if (sale?.type === "FLASH_SALE") {
      pricingInput = await buildPricingInput({ ...req, extraPromotions: [sale] }, wonAt);
      result = priceCart(pricingInput, wonAt);
    }
  }
  const expiresAt = new Date(now.getTime() + env().ORDER_TIMEOUT_MINUTES * 60_000);
  const out = await placeOrder(result, pricingInput, { shopperId: input.shopperId, idempotencyKey, expiresAt, channel: input.channel ?? null, source: "FLASH_SALE", mustApply: input.promotionId });
  return out.ok ? out : { ok: false, ...flashRefusal(out.refusal) };
}
