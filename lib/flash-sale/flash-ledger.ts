import type { Tx } from "@/lib/db/client";
import type { Reservations } from "@/lib/orders/order-plan";

/** Payment turns an order's pending flash units (as stored with it) into sold ones; cancellation gives them back. */
export async function settleFlashUnits(tx: Tx, reservations: Pick<Reservations, "flashUnits" | "presaleUnits">, outcome: "paid" | "released") {
  // presale units (a deposit's) live in the same PromotionSku counters
  for (const f of [...reservations.flashUnits, ...(reservations.presaleUnits ?? [])]) {
    if (outcome === "paid") await tx.$executeRaw`UPDATE "PromotionSku" SET pending = GREATEST(0, pending - ${f.units}), sold = sold + ${f.units} WHERE "promotionId" = ${f.promotionId} AND "skuId" = ${f.skuId}`;
    else await tx.$executeRaw`UPDATE "PromotionSku" SET pending = GREATEST(0, pending - ${f.units}) WHERE "promotionId" = ${f.promotionId} AND "skuId" = ${f.skuId}`;
  }
}
