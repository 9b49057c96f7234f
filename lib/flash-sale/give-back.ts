import { flashLines } from "./flash-ledger";
import { flashRedis, flashScripts, type FlashRedis } from "./flash-redis";

/** A cancelled (or timed-out) flash-sale order's units go back to the Redis stock and the shopper's quota. */
export async function giveBackFlashUnits(shopperId: string, pricing: unknown, r: FlashRedis = flashRedis) {
  for (const f of flashLines(pricing as never)) await flashScripts(r, f.promotionId).release(f.skuId, shopperId, f.units);
}
