import { pgPool } from "@/lib/db/pg-pool";
import { processState } from "@/lib/process-state";
import { signatureHeader } from "./webhook-sign";
import { privateLiteral } from "./webhook-url";
import { Agent, request } from "undici";
import { publicOnlyLookup } from "@/lib/http/public-only-lookup";
import { countWebhookDelivery } from "@/lib/ops/metrics";

// Delivery of the outbox (docs/webhooks.md): at least once, each event with its id the receiver
// dedupes on. Every instance runs the same loop; rows are leased with SKIP LOCKED, so two
// instances never send the same delivery at the same time, and a lease that dies with its
// process expires and is taken again. Retries back off exponentially (10 s, 20 s, … at most 1 h)
// for 24 h after the event; then the delivery is FAILED (staff can replay it).

export const WEBHOOK_TIMEOUT_MS = Number(process.env.WEBHOOK_TIMEOUT_MS ?? 5_000);
const GIVE_UP_MS = 24 * 3_600_000;
const LEASE_MS = WEBHOOK_TIMEOUT_MS + 30_000;
const BATCH = 50;
const PARALLEL = 8;

/** The wait before attempt n + 1 (n ≥ 1 attempts made). */
export const backoffMs = (attempts: number) => Math.min(3_600_000, 10_000 * 2 ** Math.max(0, attempts - 1));

/** New events → one delivery per matching subscription (subscribed to the type, of one of its shops or the platform, existing when it happened). */
export async function fanOut() {
  const { rowCount } = await pgPool().query(`
    WITH ev AS (SELECT id, type, "shopIds", "createdAt" FROM "WebhookEvent" WHERE NOT "fannedOut" ORDER BY "createdAt" LIMIT 2000 FOR UPDATE SKIP LOCKED),
    ins AS (
      INSERT INTO "WebhookDelivery" (id, "eventId", "subscriptionId", "nextAttemptAt", "createdAt")
      SELECT gen_random_uuid()::text, ev.id, s.id, ev."createdAt", now() FROM ev JOIN "WebhookSubscription" s
        ON s.active AND s."createdAt" <= ev."createdAt" AND (s."shopId" IS NULL OR s."shopId" = ANY(ev."shopIds"))
       AND (ev.type = ANY(s.events) OR '*' = ANY(s.events))
      ON CONFLICT ("eventId", "subscriptionId") DO NOTHING)
    UPDATE "WebhookEvent" e SET "fannedOut" = true FROM ev WHERE e.id = ev.id`);
  return rowCount ?? 0;
}

type Due = { id: string; attempts: number; url: string; secret: string; previousSecret: string | null; eventId: string; type: string; payload: unknown; eventAt: Date };

/** Leases and sends the deliveries that are due; returns how many were sent (tests pass `now`). */
export async function deliverDue(now = new Date()) {
  const { rows } = await pgPool().query<Due>(
    `UPDATE "WebhookDelivery" d SET "nextAttemptAt" = $2::timestamptz + ($3 || ' milliseconds')::interval
       FROM (SELECT id FROM "WebhookDelivery" WHERE status = 'PENDING' AND "nextAttemptAt" <= $2 ORDER BY "nextAttemptAt" LIMIT $1 FOR UPDATE SKIP LOCKED) due,
            "WebhookSubscription" s, "WebhookEvent" e
      WHERE d.id = due.id AND s.id = d."subscriptionId" AND e.id = d."eventId"
      RETURNING d.id, d.attempts, s.url, s.secret, CASE WHEN s."previousSecretUntil" > $2 THEN s."previousSecret" END AS "previousSecret", e.id AS "eventId", e.type, e.payload, e."createdAt" AS "eventAt"`,
    [BATCH, now, String(LEASE_MS)],
  );
  for (let i = 0; i < rows.length; i += PARALLEL) await Promise.all(rows.slice(i, i + PARALLEL).map((d) => send(d, now)));
  return rows.length;
}

/**
 * This process's connection pool for deliveries. Unless WEBHOOK_ALLOW_PRIVATE=1 (development,
 * tests), its sockets resolve names with publicOnlyLookup: the address checked is the address
 * connected to, so DNS rebinding between a check and the connection cannot happen.
 */
export function webhookAgent() {
  const guarded = process.env.WEBHOOK_ALLOW_PRIVATE !== "1";
  return processState(`webhook-agent:${guarded ? "public" : "any"}`, () => new Agent({ connect: guarded ? { lookup: publicOnlyLookup } : {}, keepAliveTimeout: 10_000 }));
}

async function send(d: Due, now: Date) {
  const body = JSON.stringify({ id: d.eventId, type: d.type, createdAt: d.eventAt.toISOString(), data: d.payload });
  const t = Math.floor(Date.now() / 1000);
  const started = Date.now();
  let status: number | null = null;
  let error: string | null = null;
  const timeout = AbortSignal.timeout(WEBHOOK_TIMEOUT_MS);
  try {
    if (privateLiteral(d.url)) throw new Error("the URL is a private address");
    // no redirects are followed (a 3xx is a failed attempt); a name's addresses are checked by the connection itself (webhookAgent)
    const res = await request(d.url, {
      method: "POST",
      headers: { "content-type": "application/json", "user-agent": "PromoMall-Webhooks/1", "x-promo-event": d.type, "x-promo-event-id": d.eventId, "x-promo-delivery": d.id, "x-promo-attempt": String(d.attempts + 1), "x-promo-signature": signatureHeader(d.previousSecret ? [d.secret, d.previousSecret] : d.secret, t, body) },
      body,
      dispatcher: webhookAgent(),
      signal: timeout,
    });
    status = res.statusCode;
    await res.body.dump().catch(() => undefined);
    if (status < 200 || status >= 300) error = `HTTP ${status}`;
  } catch (e) {
    error = timeout.aborted ? `timed out after ${WEBHOOK_TIMEOUT_MS} ms` : String((e as Error).message).slice(0, 300);
  }
  const ms = Date.now() - started;
  const attempts = d.attempts + 1;
  const ok = error === null;
  const giveUp = !ok && now.getTime() + backoffMs(attempts) - d.eventAt.getTime() > GIVE_UP_MS;
  await pgPool().query(
    `WITH a AS (INSERT INTO "WebhookAttempt" (id, "deliveryId", at, status, error, "durationMs") VALUES (gen_random_uuid()::text, $1, $2, $3, $4, $5))
     UPDATE "WebhookDelivery" SET attempts = $6, "lastStatus" = $3, "lastError" = $4, status = $7::"WebhookDeliveryStatus", "deliveredAt" = CASE WHEN $8 THEN $2::timestamptz ELSE "deliveredAt" END,
            "nextAttemptAt" = $9 WHERE id = $1`,
    [d.id, now, status, error, ms, attempts, ok ? "DELIVERED" : giveUp ? "FAILED" : "PENDING", ok, new Date(now.getTime() + backoffMs(attempts))],
  );
  countWebhookDelivery(ok ? "delivered" : giveUp ? "failed" : "retry");
}

/** One round: fan out, then deliver what is due (tests call it with their clock). */
export async function dispatchWebhooks(now = new Date()) {
  await fanOut();
  return deliverDue(now);
}

const st = processState("webhook-dispatcher", () => ({ timer: null as NodeJS.Timeout | null, busy: false }));

/** This process's loop (instrumentation.ts): every second or two, never two rounds at once. */
export function startWebhookDispatcher(everyMs = Number(process.env.WEBHOOK_DISPATCH_MS ?? 1_500)) {
  if (st.timer) return;
  st.timer = setInterval(() => {
    if (st.busy) return;
    st.busy = true;
    dispatchWebhooks()
      .catch((e) => console.error("webhook dispatch failed (retried next round)", e))
      .finally(() => (st.busy = false));
  }, everyMs);
  st.timer.unref();
}
