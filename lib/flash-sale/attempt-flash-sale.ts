import { randomUUID } from "node:crypto";
import { db } from "@/lib/db/client";
import { AppError, toAppError } from "@/lib/api/errors";
import { writeFlashOrder } from "./write-flash-order";
import { flashRedis, flashScripts, type FlashRedis } from "./flash-redis";
import { ensureLoaded, flashIdemKey } from "./flash-counters";
import { keys } from "@/lib/redis/keys";

/** TRY_AGAIN: the gate (Redis) cannot be reached; nothing was taken, retry after `retryAfterMs` */
export type AttemptResult = "WON" | "SOLD_OUT" | "LIMIT_REACHED" | "NOT_STARTED" | "ENDED" | "TRY_AGAIN";
export type AttemptInput = { promotionId: string; skuId: string; quantity: number; idempotencyKey: string; shopperId: string };
export type AttemptOutcome = { result: AttemptResult; orderId?: string; retryAfterMs?: number };

const REPLAY_WAIT_MS = 3_000;

/**
 * 抢购: one atomic Redis script decides (window, per-user limit, stock, idempotency record);
 * only a win touches the database, where the order is written at the flash price (the engine
 * prices it with the won units as an entitlement, and the order transaction re-checks stock and
 * the limit). If the order cannot be written the units go back to Redis and the shopper is told
 * why (SOLD_OUT / LIMIT_REACHED). A repeated idempotency key answers with the first result.
 */
export async function attemptFlashSale(input: AttemptInput, r: FlashRedis = flashRedis, now = new Date(), perShopperPerSecond?: number): Promise<AttemptOutcome> {
  const scripts = flashScripts(r, input.promotionId);
  const token = `pending-${randomUUID()}`;
  let [result, detail] = await scripts.attempt(now.getTime(), input.skuId, input.shopperId, input.quantity, input.idempotencyKey, token, perShopperPerSecond);
  if (result === "RATE_LIMITED") throw new AppError("RATE_LIMITED", "Too many attempts by this shopper; retry in a second");
  if (result === "MISSING") {
    // counters never loaded or lost with a Redis restart: load them from the database (atomically, once)
    if (!(await ensureLoaded(input.promotionId, r, now))) return { result: "ENDED" };
    [result, detail] = await scripts.attempt(now.getTime(), input.skuId, input.shopperId, input.quantity, input.idempotencyKey, token, perShopperPerSecond);
  }
  if (result === "REPLAY") return replay(input, detail, r, now);
  if (result === "NOT_IN_SALE") return { result: "ENDED" };
  if (result !== "WON") return { result: result as AttemptResult };
  return placeWinningOrder(input, scripts);
}

async function placeWinningOrder(input: AttemptInput, scripts: ReturnType<typeof flashScripts>): Promise<AttemptOutcome> {
  try {
    const { orderId } = await writeFlashOrder(input);
    await scripts.record(input.shopperId, input.idempotencyKey, orderId).catch(() => undefined);
    return { result: "WON", orderId };
  } catch (e) {
    // the database said no (or failed): the shopper's quota comes back and the record is
    // forgotten; the units go back to the stock unless the database says there are none
    const err = toAppError(e);
    const code = String(err.code);
    const soldOut = code === "SOLD_OUT" || (code === "OFFER_UNAVAILABLE" && err.fields?.promotionId === "STOCK_OUT");
    await scripts.release(input.skuId, input.shopperId, input.quantity, input.idempotencyKey, !soldOut);
    if (code === "SOLD_OUT" || code === "OUT_OF_STOCK") return { result: "SOLD_OUT" };
    if (code === "LIMIT_REACHED") return { result: "LIMIT_REACHED" };
    if (code === "OFFER_UNAVAILABLE") {
      const reason = err.fields?.promotionId;
      return { result: reason === "STOCK_OUT" ? "SOLD_OUT" : reason === "LIMIT_REACHED" ? "LIMIT_REACHED" : reason === "NOT_STARTED" ? "NOT_STARTED" : "ENDED" };
    }
    throw e;
  }
}

/**
 * The first answer to this key. A win whose order is still being written is awaited (the order
 * carries the key); if that write failed meanwhile, its record is gone and the attempt runs anew.
 */
async function replay(input: AttemptInput, stored: string, r: FlashRedis, now: Date): Promise<AttemptOutcome> {
  if (!stored.startsWith("WON:")) return { result: stored as AttemptResult };
  const id = stored.slice(4);
  if (!id.startsWith("pending-")) return { result: "WON", orderId: id };
  const key = { shopperId: input.shopperId, idempotencyKey: flashIdemKey(input.promotionId, input.idempotencyKey) };
  const field = `${input.shopperId}:${input.idempotencyKey}`;
  for (const started = Date.now(); Date.now() - started < REPLAY_WAIT_MS; await new Promise((res) => setTimeout(res, 50))) {
    const order = await db.order.findUnique({ where: { shopperId_idempotencyKey: key }, select: { id: true } });
    if (order) return { result: "WON", orderId: order.id };
    if ((await r.hget(keys.flashSale(input.promotionId).idem, field)) === null) return attemptFlashSale(input, r, now);
  }
  return { result: "WON" };
}
