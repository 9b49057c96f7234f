import { randomUUID } from "node:crypto";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/api/errors";
import { flashRedis, flashScripts, type FlashRedis } from "./flash-redis";
import { ensureLoaded, flashIdemKey } from "./flash-counters";
import type { Channel } from "@/lib/pricing/pricing-input";

/** TRY_AGAIN: the gate (Redis) cannot be reached; nothing was taken, retry after `retryAfterMs` */
export type AttemptResult = "WON" | "SOLD_OUT" | "LIMIT_REACHED" | "NOT_STARTED" | "ENDED" | "TRY_AGAIN";
export type AttemptInput = { promotionId: string; skuId: string; quantity: number; idempotencyKey: string; shopperId: string; channel?: Channel | null };
export type AttemptOutcome = { result: AttemptResult; orderId?: string; queued?: boolean; retryAfterMs?: number };

/**
 * 抢购: one atomic Redis script decides (window, per-user limit, stock, idempotency record) and,
 * for a win, appends it to the sale's stream in the same step — the answer comes from Redis
 * alone: `{result: "WON", queued: true}`. The order is written off the request path by the wins
 * consumer (flash-wins.ts); the same request again (same idempotency key) answers
 * `{result: "WON", orderId}` once it exists, or the outcome the database gave (SOLD_OUT /
 * LIMIT_REACHED: the unit went back). A repeated key never takes a second unit.
 */
export async function attemptFlashSale(input: AttemptInput, r: FlashRedis = flashRedis, now = new Date(), perShopperPerSecond?: number): Promise<AttemptOutcome> {
  const scripts = flashScripts(r, input.promotionId);
  const token = `pending-${randomUUID()}`;
  let [result, detail] = await scripts.attempt(now.getTime(), input.skuId, input.shopperId, input.quantity, input.idempotencyKey, token, perShopperPerSecond, input.channel ?? "");
  if (result === "RATE_LIMITED") throw new AppError("RATE_LIMITED", "Too many attempts by this shopper; retry in a second");
  if (result === "MISSING") {
    // counters never loaded or lost with a Redis restart: load them from the database (atomically, once)
    if (!(await ensureLoaded(input.promotionId, r, now))) return { result: "ENDED" };
    [result, detail] = await scripts.attempt(now.getTime(), input.skuId, input.shopperId, input.quantity, input.idempotencyKey, token, perShopperPerSecond, input.channel ?? "");
  }
  if (result === "REPLAY") return replay(input, detail);
  if (result === "NOT_IN_SALE") return { result: "ENDED" };
  if (result !== "WON") return { result: result as AttemptResult };
  return { result: "WON", queued: true };
}

/** The first answer to this key; a win whose order is still queued says so (one indexed read). */
async function replay(input: AttemptInput, stored: string): Promise<AttemptOutcome> {
  if (!stored.startsWith("WON:")) return { result: stored as AttemptResult };
  const id = stored.slice(4);
  if (!id.startsWith("pending-")) return { result: "WON", orderId: id };
  const key = { shopperId: input.shopperId, idempotencyKey: flashIdemKey(input.promotionId, input.idempotencyKey) };
  const order = await db.order.findUnique({ where: { shopperId_idempotencyKey: key }, select: { id: true } });
  return order ? { result: "WON", orderId: order.id } : { result: "WON", queued: true };
}
