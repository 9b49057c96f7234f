import { db } from "@/lib/db/client";
import { env } from "@/lib/env";
import { buildPricingInput } from "@/lib/checkout/build-pricing-input";
import { priceCart } from "@/lib/pricing/price-cart";
import type { OrderPlan, Refusal } from "@/lib/orders/order-plan";
import { planPricedOrder } from "@/lib/orders/place-order";
import { writeOrderPlans } from "@/lib/orders/write-order-plan";
import { scheduleOrderTimeouts } from "@/lib/orders/order-timeout";
import type { AttemptInput } from "./attempt-flash-sale";
import { flashIdemKey } from "./flash-counters";

/** What the shopper is told when the database refuses a win, and whether the unit goes back to the Redis stock. */
export type FlashRefusal = { outcome: "SOLD_OUT" | "LIMIT_REACHED" | "ENDED"; restore: boolean; refusal: Refusal };
export type FlashWriteOutcome = { ok: true; orderId: string; created: boolean } | ({ ok: false } & FlashRefusal) | { ok: false; error: unknown };

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
    case "OFFER_UNAVAILABLE":
      // why the engine did not apply the sale: its stock or budget ran out, the shopper's limit, or its time
      if (r.detail === "STOCK_OUT" || r.detail === "BUDGET_OUT") return { outcome: "SOLD_OUT", restore: false, refusal: r };
      if (r.detail === "LIMIT_REACHED") return { outcome: "LIMIT_REACHED", restore: true, refusal: r };
      return { outcome: "ENDED", restore: true, refusal: r };
    default:
      return { outcome: "ENDED", restore: true, refusal: r };
  }
}

/**
 * The plan of a flash-sale win's order, through the one order path: priced by the engine with the
 * won units as an entitlement and planned by lib/orders/order-plan.ts — the same rows, guards and
 * reservations as a checkout order.
 *
 * Priced at the moment of the win (the script checked the window then): a win still queued when
 * the sale ends, or is ended, is honoured at its price. The catalogue data comes from the pricing
 * cache, which checks the pricing version on every read (bumped after every committed change to
 * promotions, templates, products and shops); the shopper's data and usage are read fresh, and the
 * writer's conditional updates are the guard on every counter.
 */
export async function planFlashOrder(input: AttemptInput, now = new Date(), wonAt = now): Promise<{ ok: true; plan: OrderPlan } | ({ ok: false } & FlashRefusal)> {
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
  const planned = await planPricedOrder(result, pricingInput, { shopperId: input.shopperId, idempotencyKey: flashIdemKey(input.promotionId, input.idempotencyKey), expiresAt, channel: input.channel ?? null, source: "FLASH_SALE", mustApply: input.promotionId });
  return planned.ok ? planned : { ok: false, ...flashRefusal(planned.refusal) };
}

/** Writes planned flash orders in one batch (lib/orders/write-order-plan.ts) and schedules their payment timeouts. */
export async function writeFlashPlans(plans: OrderPlan[]): Promise<FlashWriteOutcome[]> {
  const out = await writeOrderPlans(plans);
  const created = out.flatMap((o, i) => (o.ok && o.created ? [{ orderId: o.orderId, expiresAt: plans[i].order.expiresAt }] : []));
  await scheduleOrderTimeouts(created).catch((e) => console.error("could not schedule order timeouts (the sweep will catch them)", e));
  return out.map((o): FlashWriteOutcome => (o.ok ? o : "error" in o ? o : { ok: false, ...flashRefusal(o.refusal) }));
}

/** One win's order (tests, and a consumer's single retry): planned and written. */
export async function writeFlashOrder(input: AttemptInput, now = new Date(), wonAt = now): Promise<FlashWriteOutcome> {
  const planned = await planFlashOrder(input, now, wonAt);
  if (!planned.ok) return planned;
  const [out] = await writeFlashPlans([planned.plan]);
  if (!out.ok && "error" in out) throw out.error;
  return out;
}
