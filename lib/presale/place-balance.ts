import { db } from "@/lib/db/client";
import { AppError, notFound } from "@/lib/api/errors";
import { env } from "@/lib/env";
import { buildPricingInput } from "@/lib/checkout/build-pricing-input";
import type { Channel } from "@/lib/pricing/pricing-input";
import { priceCart } from "@/lib/pricing/price-cart";
import { planPricedOrder } from "@/lib/orders/place-order";
import { writeOrderPlan } from "@/lib/orders/write-order-plan";
import { scheduleOrderTimeout } from "@/lib/orders/order-timeout";
import { toOrderDto } from "@/lib/orders/order-dto";
import type { OrderPlan } from "@/lib/orders/order-plan";
import type { Promotion } from "@/lib/generated/prisma/client";
import type { PresaleRules } from "@/lib/pricing/kinds/presale/rules";

export type BalanceRequest = { idempotencyKey: string; couponIds?: string[]; autoSelectCoupons?: boolean; region?: string; channel?: Channel; expectedTotal?: number };
type Presale = { id: string; promotionId: string; skuId: string; quantity: number; deposit: number; depositValue: number; balanceStartsAt: Date; balanceEndsAt: Date };

const RETRY = new Set(["COUPON_TAKEN", "COUPON_BUDGET", "PROMOTION_SPENT", "PER_USER_LIMIT", "PER_USER_UNITS", "GIFT_STOCK"]);

/**
 * The presale as the balance prices it: live in the balance window, no limits of its own (the
 * deposit took them), and the deposit value the shopper was promised when paying the deposit.
 */
export function balancePromotion(p: Promotion, presale: Presale): Promotion {
  const rules = p.rules as unknown as PresaleRules;
  const items = rules.items.filter((i) => i.skuId === presale.skuId).map((i) => ({ ...i, deposit: presale.deposit, depositValue: presale.depositValue }));
  return { ...p, startsAt: presale.balanceStartsAt, endsAt: presale.balanceEndsAt, limits: {}, rules: { ...rules, items } as never };
}

/** Prices the balance of a presale now (the engine with today's promotions and coupons). */
export async function priceBalance(shopperId: string | null, presale: Presale, body: Omit<BalanceRequest, "idempotencyKey">, now: Date, keyShopId: string | null = null) {
  const promotion = await db.promotion.findUniqueOrThrow({ where: { id: presale.promotionId } });
  const input = await buildPricingInput(
    {
      shopperId,
      lines: [{ skuId: presale.skuId, quantity: presale.quantity }],
      couponIds: body.couponIds,
      autoSelectCoupons: body.autoSelectCoupons,
      region: body.region,
      channel: body.channel,
      extraPromotions: [balancePromotion(promotion, presale)],
      entitlements: { [presale.promotionId]: { [presale.skuId]: presale.quantity } },
      keyShopId,
    },
    now,
  );
  // the deposit's value was promised: offers that would keep order promotions off the line (a
  // flash / group price, an item offer configured not to stack) do not take part in the balance
  input.promotions = input.promotions.filter((p) => p.id === presale.promotionId || (p.type !== "FLASH_SALE" && p.type !== "GROUP_BUY" && p.stacking.withOrderPromotions !== false));
  return { input, result: priceCart(input, now) };
}

/**
 * Places the balance order of a paid deposit, in its window: priced by the engine now with the
 * deposit value as a discount of the order stage (the shop's 满减 thresholds count the goods
 * amount), coupons as chosen. It takes no stock (the deposit holds the units); its payment
 * window ends with the balance window at the latest. A balance order already waiting for
 * payment is answered again instead of a second one.
 */
export async function placeBalance(shopperId: string, presaleId: string, body: BalanceRequest, now = new Date(), keyShopId: string | null = null) {
  const prior = await db.order.findUnique({ where: { shopperId_idempotencyKey: { shopperId, idempotencyKey: body.idempotencyKey } } });
  if (prior) return { order: toOrderDto(prior), created: false };
  const presale = await db.presaleDeposit.findUnique({ where: { id: presaleId } });
  if (!presale || presale.shopperId !== shopperId || (keyShopId && presale.shopId !== keyShopId)) throw notFound("presale");
  if (presale.status !== "DEPOSIT_PAID") throw new AppError("INVALID_STATE", presale.status === "DEPOSIT_PENDING" ? "Pay the deposit first" : `The presale is ${presale.status}`);
  if (now < presale.balanceStartsAt) throw new AppError("NOT_STARTED", "The balance window has not opened");
  if (now >= presale.balanceEndsAt) throw new AppError("ENDED", "The balance window has closed");
  if (presale.balanceOrderId) {
    const live = await db.order.findUnique({ where: { id: presale.balanceOrderId } });
    if (live && live.status === "PENDING_PAYMENT") return { order: toOrderDto(live), created: false };
  }

  for (let attempt = 1; attempt <= 5; attempt++) {
    const { input, result } = await priceBalance(shopperId, presale, body, now, keyShopId);
    if (body.expectedTotal !== undefined && result.total !== body.expectedTotal)
      throw new AppError("PRICE_CHANGED", `The balance is now ${result.total} cents, not the ${body.expectedTotal} shown; confirm the new price`, undefined, { pricing: result, expectedTotal: body.expectedTotal, total: result.total });
    const refused = result.notApplied.filter((n) => n.kind === "COUPON");
    if (refused.length) throw new AppError("COUPON_UNUSABLE", `Coupon cannot be used: ${refused.map((r) => `${r.id} (${r.reason})`).join(", ")}`);
    const expiresAt = new Date(Math.min(now.getTime() + env().ORDER_TIMEOUT_MINUTES * 60_000, presale.balanceEndsAt.getTime()));
    const planned = await planPricedOrder(result, input, { shopperId, idempotencyKey: body.idempotencyKey, region: body.region, channel: body.channel, source: "PRESALE_BALANCE", mustApply: presale.promotionId, expiresAt });
    if (!planned.ok) throw new AppError("OFFER_UNAVAILABLE", "The deposit's value cannot be applied to this balance", { presaleId: planned.refusal.reason });
    const out = await writeOrderPlan(balancePlan(planned.plan, presale));
    if (out.ok) {
      if (out.created) await scheduleOrderTimeout(out.orderId, expiresAt).catch((e) => console.error("could not schedule order timeout (the sweep will catch it)", e));
      return { order: toOrderDto(await db.order.findUniqueOrThrow({ where: { id: out.orderId } })), created: out.created };
    }
    if (out.refusal.reason === "PRESALE_STATE") throw new AppError("INVALID_STATE", "A balance order for this presale is already waiting for payment, or the presale closed");
    if (RETRY.has(out.refusal.reason)) continue;
    throw new AppError("CONFLICT", `The balance order could not be placed (${out.refusal.reason}); please retry`);
  }
  throw new AppError("CONFLICT", "The cart changed while ordering; please retry");
}

/** The balance order takes no stock or presale counters: the deposit holds them (pure). */
export function balancePlan(plan: OrderPlan, presale: Presale): OrderPlan {
  let held = presale.quantity;
  const skuStock = plan.reservations.skuStock.map((s) => {
    if (s.gift || s.skuId !== presale.skuId || held === 0) return s;
    const take = Math.min(held, s.units);
    held -= take;
    return { ...s, units: s.units - take };
  }).filter((s) => s.units > 0);
  return {
    ...plan,
    checks: { ...plan.checks, perUser: plan.checks.perUser.filter((c) => c.promotionId !== presale.promotionId) },
    reservations: { ...plan.reservations, skuStock, promotions: plan.reservations.promotions.filter((p) => p.promotionId !== presale.promotionId) },
    presale: { balanceOf: presale.id },
  };
}
