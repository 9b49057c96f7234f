import { randomUUID } from "node:crypto";
import { db } from "@/lib/db/client";
import { priceCheckout } from "./price-checkout";
import { cartView } from "@/lib/cart/cart-view";
import type { CartLine } from "@/lib/cart/cart-cookie";

/**
 * The checkout page's data: the cart priced for the region with the best coupons (auto) or with
 * exactly the chosen ones, every coupon of the shopper with its saving or the reason it cannot be
 * used (recently expired ones included), names, and a fresh idempotency key for 提交订单.
 */
export async function checkoutView(shopperId: string, cart: CartLine[], opts: { region?: string; couponIds?: string[]; locale: "zh" | "en" }, now = new Date()) {
  const shopper = await db.shopper.findUniqueOrThrow({ where: { id: shopperId }, select: { region: true } });
  const region = opts.region ?? shopper.region ?? undefined;
  const auto = opts.couponIds === undefined;
  const base = await cartView(shopperId, cart, opts.locale, (lines) => priceCheckout({ shopperId, lines, region, ...(auto ? { autoSelectCoupons: true } : { couponIds: opts.couponIds }) }, now));
  const { result, names } = base;
  // explicit mode prices only the chosen coupons: ask the engine once more for every coupon's own saving
  const options = auto ? result.coupons : (await priceCheckout({ shopperId, lines: base.lines, region, autoSelectCoupons: true }, now)).coupons;
  const expired = await db.userCoupon.findMany({
    where: { shopperId, OR: [{ state: "EXPIRED" }, { state: "UNUSED", validTo: { lte: now } }], validTo: { gt: new Date(now.getTime() - 30 * 86_400_000) } },
    select: { id: true, validTo: true },
    orderBy: { validTo: "desc" },
    take: 10,
  });
  const unusable = [...options.unusable, ...expired.filter((e) => !options.unusable.some((u) => u.id === e.id)).map((e) => ({ id: e.id, reason: "EXPIRED" as const }))];
  return { result, auto, region, usable: options.usable, unusable, names, idempotencyKey: randomUUID(), lines: base.lines };
}
