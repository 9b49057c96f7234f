import { db } from "@/lib/db/client";
import type { EventType } from "@/lib/generated/prisma/enums";
import { processState } from "@/lib/process-state";

export type NewEvent = { type: EventType; shopperId: string | null; shopId?: string | null; promotionId?: string | null; templateId?: string | null; campaignId?: string | null; variantKey?: string | null; amount?: number; discount?: number; dedupeKey: string };

const FLUSH_MS = 1_000;
const MAX_BATCH = 500;
// one buffer per process, whichever loader imported this module
const st = processState("analytics-buffer", () => ({ buffer: [] as NewEvent[], timer: null as NodeJS.Timeout | null, flushing: null as Promise<void> | null }));
const buffer = st.buffer;

/**
 * Records analytics events without touching the request: they are buffered in the process and
 * written in batches (at most a second later). Every event carries a dedupe key (unique in the
 * table), so a retried request or a reload within the key's window is counted once. A write
 * failure is logged and dropped — it never reaches the shopper.
 */
export function recordEvents(events: NewEvent[]) {
  buffer.push(...events);
  if (buffer.length >= MAX_BATCH) void flushEvents();
  else if (!st.timer) {
    st.timer = setTimeout(() => void flushEvents(), FLUSH_MS);
    st.timer.unref?.();
  }
}

/** Writes what is buffered now (tests call it; the timer calls it otherwise). */
export function flushEvents(): Promise<void> {
  if (st.timer) clearTimeout(st.timer);
  st.timer = null;
  const batch = buffer.splice(0, buffer.length);
  if (!batch.length) return st.flushing ?? Promise.resolve();
  const run = (st.flushing ?? Promise.resolve()).then(() =>
    db.analyticsEvent
      .createMany({ data: batch.map((e) => ({ ...e, amount: e.amount ?? 0, discount: e.discount ?? 0 })), skipDuplicates: true })
      .then(() => undefined)
      .catch((err) => console.error(`analytics: ${batch.length} event(s) not recorded`, err)),
  );
  st.flushing = run.finally(() => {
    if (st.flushing === run) st.flushing = null;
  });
  return run;
}

/** A shopper's view of a venue or of a product with promotions, counted once per 30 minutes. */
export function recordViews(type: "ACTIVITY_VIEW" | "PRODUCT_VIEW", shopperId: string | null, promotions: { id: string; shopId: string | null; variantKey?: string | null }[], subject: string, now = new Date()) {
  // visitors are not counted: a view is tied to a shopper so that conversion compares like with like
  if (!shopperId || !promotions.length) return;
  const window = Math.floor(now.getTime() / 1_800_000);
  recordEvents(promotions.map((p) => ({ type, shopperId, shopId: p.shopId, promotionId: p.id, variantKey: p.variantKey ?? null, dedupeKey: `${type}:${p.id}:${subject}:${shopperId}:${window}` })));
}
