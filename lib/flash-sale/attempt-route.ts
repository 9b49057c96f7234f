import { z } from "zod";
import { channelSchema } from "@/lib/pricing/promotion-config";
import { AppError, toAppError } from "@/lib/api/errors";
import { shopperRoute } from "@/lib/api/handler";
import { env } from "@/lib/env";
import { hitRateLimit } from "@/lib/redis/rate-limit";
import { attemptFlashSale } from "./attempt-flash-sale";
import { recordFlashAttempt } from "@/lib/live/live-counters";
import { assessRisk } from "@/lib/risk/check-risk";
import { routeIdentity } from "@/lib/risk/request-identity";
import { assertOwnRecord } from "@/lib/auth/shopper-scope";
import { promotionOwner } from "@/lib/promotions/promotion-owner";

export const attemptBodySchema = z.object({
  userId: z.string().optional(),
  skuId: z.string().min(1, "is required"),
  quantity: z.number().int("must be a whole number").min(1, "must be at least 1").max(10, "at most 10"),
  idempotencyKey: z.string().trim().min(8, "at least 8 characters").max(100),
  /** where the shopper buys (app, mini-program, web): priced and recorded on the order like a checkout's */
  channel: channelSchema.optional(),
});

async function limit(bucket: string, perSecond: number) {
  const r = await hitRateLimit(`fs:${bucket}`, perSecond, 1_000, { failOpen: false });
  if (!r.allowed) throw new AppError("RATE_LIMITED", `Too many attempts; retry in ${Math.ceil(r.retryAfterMs / 100) / 10} s`);
}

/**
 * POST /api/flash-sales/{promotionId}/attempt — served by the Node fast path (server/main.ts) and
 * by Next.js. Every outcome is 200 with `result`; 429 only for rate limits: per API key (high,
 * configurable) or per IP for sessions, and per shopper (a few a second, counted by the script).
 */
export const flashAttemptRoute = shopperRoute({ body: attemptBodySchema, defaultRateLimit: false, summary: "抢购: one attempt at a flash sale's item; every outcome is 200 with `result`" }, async ({ body, shopperId, scope, actor, params, ip, req }) => {
  const e = env();
  if (scope.shopId) assertOwnRecord(scope, await promotionOwner(params.promotionId), "flash sale");
  try {
    // the limits fail closed: without Redis nobody gets past the gate
    if (actor.kind === "staff") await limit(`key:${actor.id}`, e.FLASH_KEY_RATE_PER_SECOND);
    else await limit(`ip:${ip}`, e.FLASH_IP_RATE_PER_SECOND);
    // 风控: a blacklisted shopper / IP / device, or a burst from one IP or many accounts, is refused (an outcome, not an error)
    const risk = await assessRisk({ action: "FLASH", shopId: null, shopperId, ...routeIdentity(req, ip, actor), subject: params.promotionId });
    if (risk.verdict === "REFUSE") {
      recordFlashAttempt(params.promotionId, "RISK_REFUSED");
      return { result: "RISK_REFUSED", reasons: risk.reasons };
    }
    // the per-shopper limit is counted inside the attempt script (one round trip)
    const outcome = await attemptFlashSale({ promotionId: params.promotionId, skuId: body.skuId, quantity: body.quantity, idempotencyKey: body.idempotencyKey, shopperId, channel: body.channel }, undefined, undefined, e.FLASH_USER_RATE_PER_SECOND);
    recordFlashAttempt(params.promotionId, outcome.result);
    return outcome;
  } catch (err) {
    if (toAppError(err).code === "UNAVAILABLE") return { result: "TRY_AGAIN", retryAfterMs: 1_000 };
    throw err;
  }
});
