import type { PriceResult } from "@/lib/pricing/price-result";
import type { Reservations } from "./order-plan";
import { promotionSpend } from "./promotion-spend";

/**
 * What an order reserved when it was placed, as stored with it. Orders placed before reservations
 * were stored have them derived from their price snapshot the way they were taken then.
 */
export function storedReservations(order: { pricing: unknown; reservations: unknown }): Reservations {
  if (order.reservations) return order.reservations as Reservations;
  const pricing = order.pricing as PriceResult;
  return {
    v: 1,
    skuStock: pricing.lines.map((l, i) => ({ lineNo: i, skuId: l.skuId, units: l.quantity, gift: l.gift })),
    flashUnits: pricing.lines.filter((l) => l.itemOffer?.type === "FLASH_SALE" && l.itemOffer.promotionId && l.itemOffer.units > 0).map((l) => ({ promotionId: l.itemOffer!.promotionId!, skuId: l.skuId, units: l.itemOffer!.units })),
    promotions: promotionSpend(pricing).map((s) => ({ promotionId: s.promotionId, discount: s.discount, units: s.units, stockUnits: s.stockUnits })),
    coupons: [],
  };
}
