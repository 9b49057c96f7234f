import type { PriceResult } from "@/lib/pricing/price-result";

export type PromotionSpend = { promotionId: string; discount: number; units: number; stockUnits: number };

/**
 * What an order takes from each applied promotion: its discount (budget), the units the shopper
 * got at its price (perUserUnits), and the activity stock it uses — offer units for item-level
 * promotions, gift units for gifts, one order otherwise.
 */
export function promotionSpend(result: PriceResult): PromotionSpend[] {
  const spend = new Map<string, PromotionSpend>();
  const get = (id: string) => spend.get(id) ?? spend.set(id, { promotionId: id, discount: 0, units: 0, stockUnits: 0 }).get(id)!;
  for (const a of result.applied) if (a.kind === "PROMOTION" && a.id) get(a.id).discount = a.amount;
  for (const line of result.lines) {
    const offer = line.itemOffer;
    if (offer?.promotionId) {
      get(offer.promotionId).units += offer.units;
      get(offer.promotionId).stockUnits += offer.units;
    }
    const seen = new Set<string>();
    for (const d of line.discounts) {
      if (d.kind !== "PROMOTION" || seen.has(d.id)) continue;
      seen.add(d.id);
      get(d.id).units += line.quantity;
      if (line.gift) get(d.id).stockUnits += line.quantity;
    }
  }
  for (const s of spend.values()) if (s.stockUnits === 0) s.stockUnits = 1;
  return [...spend.values()];
}
