import type { Delivery } from "@/lib/generated/prisma/client";
import { pgPool } from "@/lib/db/pg-pool";
import type { TemplateValues } from "./delivery-template";
import { emailFor, shortMessageFor } from "./email-content";
import { providerFor } from "./channels/providers";
import type { Outgoing, SendResult } from "./channels/provider";

/** A recipient row claimed (SENDING) for an outside channel. */
export type Claimed = { shopperId: string; channel: "EMAIL" | "SMS" | "PUSH"; attempts: number; to: string; values: TemplateValues };

/** a provider unreachable for this long after the delivery's time fails its rows (UNREACHABLE); until then the delivery waits and retries */
export const GIVE_UP_AFTER_MS = 24 * 3_600_000;
/** the wait before the next try: 5 s, 10 s, 20 s … at most 10 minutes */
export const backoffMs = (attempt: number) => Math.min(5_000 * 2 ** Math.max(0, attempt - 1), 10 * 60_000);

/**
 * Hands claimed rows to their channels' providers and records each answer: SENT, FAILED (this
 * shopper, for good), or back to PENDING with one more attempt when the provider could not be
 * reached (nothing was sent). Answers when to come back, if anything is to be retried, and how
 * many rows reached their end (the job's progress).
 */
export async function sendOutside(d: Delivery, claimed: Claimed[], now: Date): Promise<{ retryAt: Date | null; finished: number }> {
  let retryAt: Date | null = null;
  let finished = 0;
  for (const channel of ["EMAIL", "SMS", "PUSH"] as const) {
    const mine = claimed.filter((c) => c.channel === channel);
    if (!mine.length) continue;
    const batch: Outgoing[] = mine.map((c) => ({
      key: `d.${d.id}.${c.shopperId}.${channel}`,
      shopperId: c.shopperId,
      shopId: d.shopId,
      deliveryId: d.id,
      to: c.to,
      ...(channel === "EMAIL" ? emailFor(d, c.shopperId, c.values) : shortMessageFor(d, c.shopperId, channel, c.values)),
    }));
    let results: SendResult[];
    try {
      results = await providerFor(channel).send(batch);
    } catch (e) {
      results = batch.map(() => ({ ok: false, permanent: false, reason: (e as Error).message.slice(0, 200) }));
    }
    const out = mine.map((c, i) => {
      const r = results[i];
      if (r.ok) return { status: "SENT", reason: null, attempts: c.attempts };
      if (r.permanent) return { status: "FAILED", reason: r.reason, attempts: c.attempts };
      if (r.uncertain) return { status: "FAILED", reason: `UNCERTAIN: ${r.reason}`, attempts: c.attempts + 1 };
      if (now.getTime() - d.sendAt.getTime() >= GIVE_UP_AFTER_MS) return { status: "FAILED", reason: `UNREACHABLE: ${r.reason}`, attempts: c.attempts + 1 };
      const at = new Date(now.getTime() + backoffMs(c.attempts + 1));
      if (!retryAt || at < retryAt) retryAt = at;
      return { status: "PENDING", reason: r.reason, attempts: c.attempts + 1 };
    });
    await pgPool().query(
      `UPDATE "DeliveryRecipient" r SET status = x.st, reason = x.re, attempts = x.a, "sentAt" = now()
       FROM unnest($2::text[], $3::text[], $4::text[], $5::int[]) AS x(s, st, re, a)
       WHERE r."deliveryId" = $1 AND r."shopperId" = x.s AND r.channel = '${channel}' AND r.status = 'SENDING'`,
      [d.id, mine.map((c) => c.shopperId), out.map((o) => o.status), out.map((o) => o.reason), out.map((o) => o.attempts)],
    );
    finished += out.filter((o) => o.status !== "PENDING").length;
  }
  return { retryAt, finished };
}
