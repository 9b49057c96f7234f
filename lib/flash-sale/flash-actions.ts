"use server";
import { randomUUID } from "node:crypto";
import { revalidatePath } from "next/cache";
import { getSessionActor } from "@/lib/auth/session-actor";
import { getAdminContext } from "@/lib/auth/admin-context";
import { assertCanWrite, assertStaff, WRITERS } from "@/lib/auth/guards";
import { toAppError } from "@/lib/api/errors";
import { db } from "@/lib/db/client";
import { env } from "@/lib/env";
import { attemptFlashSale } from "./attempt-flash-sale";
import { rebuildCounters } from "./flash-counters";

export type AttemptState = { result?: string; orderId?: string; queued?: boolean; error?: string; key: string } | null;

/**
 * 立即抢购 from the venue: the same attempt as the API (per-shopper rate counted by the script).
 * The form carries one idempotency key per button render, so a double click is one attempt.
 */
export async function attemptAction(promotionId: string, skuId: string, prev: AttemptState, form: FormData): Promise<AttemptState> {
  const actor = await getSessionActor();
  const key = String(form.get("key") ?? "") || randomUUID();
  if (actor?.kind !== "shopper") return { error: "SIGN_IN", key };
  try {
    const out = await attemptFlashSale({ promotionId, skuId, quantity: 1, idempotencyKey: key, shopperId: actor.id, channel: "web" }, undefined, undefined, env().FLASH_USER_RATE_PER_SECOND);
    // a queued win keeps its key: the page asks again with it until the order exists
    return { ...out, key: out.result === "WON" && !out.queued ? randomUUID() : key };
  } catch (e) {
    return { error: String(toAppError(e).code), key };
  }
}

/** The monitor's 重建: reload a flash sale's Redis counters from the database. */
export async function rebuildCountersAction(promotionId: string) {
  const actor = assertStaff((await getAdminContext()).actor, WRITERS);
  const p = await db.promotion.findUnique({ where: { id: promotionId }, select: { shopId: true } });
  if (!p) return;
  assertCanWrite(actor, p.shopId, "promotion");
  await rebuildCounters(promotionId);
  revalidatePath("/admin/flash-sales");
}
