import { db } from "@/lib/db/client";
import { flashLines } from "./flash-ledger";
import { flashRedis, flashScripts, type FlashRedis } from "./flash-redis";

/** A cancelled (or timed-out) flash-sale order's units go back to the Redis stock and the shopper's quota. */
export async function giveBackFlashUnits(orderId: string, r: FlashRedis = flashRedis) {
  const order = await db.order.findUnique({ where: { id: orderId }, select: { shopperId: true, pricing: true } });
  if (!order) return;
  for (const f of flashLines(order.pricing as never)) await flashScripts(r, f.promotionId).release(f.skuId, order.shopperId, f.units);
}
