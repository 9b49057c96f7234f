import { storedReservations } from "@/lib/orders/stored-reservations";
import { flashRedis, flashScripts, type FlashRedis } from "./flash-redis";

/** A cancelled (or timed-out) flash-sale order's units, as stored with it, go back to the Redis stock and the shopper's quota. */
export async function giveBackFlashUnits(shopperId: string, order: { pricing: unknown; reservations: unknown }, r: FlashRedis = flashRedis) {
  for (const f of storedReservations(order).flashUnits) await flashScripts(r, f.promotionId).release(f.skuId, shopperId, f.units);
}
