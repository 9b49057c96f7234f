import { db } from "@/lib/db/client";
import { processState } from "@/lib/process-state";
import { flashRedis, flashScripts, type FlashRedis } from "./flash-redis";
import { ensureLoaded } from "./flash-counters";
import { keys } from "@/lib/redis/keys";

// After Redis lost its data (a restart without persistence, a failover, a flush) the flash
// sales' counters are rebuilt from the database before the gate opens again: an attempt that
// finds them missing loads them atomically (attempt-flash-sale.ts), and the clock and the flash
// client's reconnect reload every live sale's missing counters at once. Each reload is recorded
// next to the counters (one key under the sale's hash tag) so the monitor shows when and why.

export async function reloadMissingFlashCounters(reason = "clock", r: FlashRedis = flashRedis, now = new Date()) {
  const live = await db.promotion.findMany({ where: { type: "FLASH_SALE", status: { in: ["APPROVED", "SCHEDULED", "ACTIVE"] }, endsAt: { gt: now } }, select: { id: true } });
  let reloaded = 0;
  for (const p of live) {
    if ((await flashScripts(r, p.id).read()).loaded) continue;
    if (await ensureLoaded(p.id, r, now)) {
      reloaded++;
      await r.set(keys.flashSale(p.id).recovered, JSON.stringify({ at: now.toISOString(), reason }), "PX", 7 * 86_400_000).catch(() => undefined);
    }
  }
  return reloaded;
}

/** When a sale's counters were last rebuilt from the database after a loss, and why. */
export async function lastReload(promotionId: string, r: FlashRedis = flashRedis): Promise<{ at: string; reason: string } | null> {
  const raw = await r.get(keys.flashSale(promotionId).recovered).catch(() => null);
  return raw ? (JSON.parse(raw) as { at: string; reason: string }) : null;
}

/** Reload on every reconnect of the flash Redis client (registered once per client). */
export function watchFlashReconnects(r: FlashRedis = flashRedis) {
  const flags = processState("flash-reconnect-watch", () => new WeakSet<object>());
  if (flags.has(r)) return;
  flags.add(r);
  let first = true;
  r.on("ready", () => {
    if (first) return void (first = false);
    void reloadMissingFlashCounters("reconnect", r).catch(() => undefined);
  });
}
