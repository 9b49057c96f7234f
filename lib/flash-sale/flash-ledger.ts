import type { Tx } from "@/lib/db/client";
import { AppError } from "@/lib/api/errors";
import type { PriceResult } from "@/lib/pricing/price-result";
import { flashSaleRulesSchema } from "@/lib/pricing/promotion-rules";
import { HELD_FLASH_UNITS, TAKE_FLASH_UNITS } from "@/lib/orders/counter-sql";

type FlashLine = { promotionId: string; skuId: string; units: number };

/** The flash-sale units an order's lines take, from its priced snapshot. */
export function flashLines(result: Pick<PriceResult, "lines">): FlashLine[] {
  return result.lines.filter((l) => l.itemOffer?.type === "FLASH_SALE" && l.itemOffer.promotionId && l.itemOffer.units > 0).map((l) => ({ promotionId: l.itemOffer!.promotionId!, skuId: l.skuId, units: l.itemOffer!.units }));
}

/**
 * The database's own guard behind the Redis gate, in two parts of the order transaction. First,
 * under the shopper's row lock: the shopper's flash units of this SKU stay within its per-user
 * limit. Last, before the commit: sold + pending never passes the item's stock (a conditional
 * update). Redis decides fast; this makes oversell impossible even when Redis counters were lost
 * and rebuilt mid-sale.
 */
export async function checkFlashLimits(tx: Tx, shopperId: string, result: PriceResult) {
  for (const f of flashLines(result)) {
    const promotion = await tx.promotion.findUniqueOrThrow({ where: { id: f.promotionId }, select: { rules: true } });
    const [{ held }] = await tx.$queryRawUnsafe<{ held: number }[]>(HELD_FLASH_UNITS, shopperId, f.promotionId, f.skuId);
    assertWithinLimit(held + f.units, promotion.rules, f.skuId);
  }
}

export async function reserveFlashUnits(tx: Tx, result: PriceResult) {
  for (const f of flashLines(result)) if ((await tx.$executeRawUnsafe(TAKE_FLASH_UNITS, f.units, f.promotionId, f.skuId)) === 0) throw flashSoldOut();
}

/** A shopper holding `units` of a flash item (this order's included) must stay within its per-user limit. */
export function assertWithinLimit(units: number, rules: unknown, skuId: string) {
  const limit = flashSaleRulesSchema.parse(rules).items.find((i) => i.skuId === skuId)?.perUserLimit ?? 1;
  if (units > limit) throw new AppError("LIMIT_REACHED", "This shopper reached the flash sale's per-user limit");
}

export const flashSoldOut = () => new AppError("SOLD_OUT", "The flash sale's stock is sold out");

/** Payment turns pending units into sold ones; cancellation gives pending units back. */
export async function settleFlashUnits(tx: Tx, pricing: unknown, outcome: "paid" | "released") {
  for (const f of flashLines(pricing as PriceResult)) {
    if (outcome === "paid") await tx.$executeRaw`UPDATE "PromotionSku" SET pending = GREATEST(0, pending - ${f.units}), sold = sold + ${f.units} WHERE "promotionId" = ${f.promotionId} AND "skuId" = ${f.skuId}`;
    else await tx.$executeRaw`UPDATE "PromotionSku" SET pending = GREATEST(0, pending - ${f.units}) WHERE "promotionId" = ${f.promotionId} AND "skuId" = ${f.skuId}`;
  }
}
