import { randomUUID } from "node:crypto";
import type { PoolClient } from "pg";
import type { Tx } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";

// The events the host shop can subscribe to (docs/webhooks.md). Each is written to the outbox
// (WebhookEvent) in the same transaction as the change it reports: a rollback leaves no event,
// a commit always has one — the dispatcher (webhook-dispatch.ts) delivers it afterwards.

export const WEBHOOK_EVENTS = [
  "order.placed",
  "order.paid",
  "order.cancelled",
  "refund.approved",
  "coupon.claimed",
  "coupon.used",
  "promotion.activated",
  "promotion.ended",
  "alert.raised",
] as const;
export type WebhookEventType = (typeof WEBHOOK_EVENTS)[number] | "webhook.test";

const shops = (ids: (string | null | undefined)[]) => [...new Set(ids.filter((x): x is string => Boolean(x)))];

/** One event into the outbox, in the caller's transaction. */
export async function emitEvent(tx: Tx, type: WebhookEventType, shopIds: (string | null | undefined)[], data: Record<string, unknown>, now = new Date()) {
  await tx.webhookEvent.create({ data: { type, shopIds: shops(shopIds), payload: data as Prisma.InputJsonValue, createdAt: now } });
}

/** Events into the outbox from the plain-SQL order writer (one statement for a batch). */
export async function emitEventsSql(c: PoolClient, events: { type: WebhookEventType; shopIds: (string | null)[]; data: Record<string, unknown> }[]) {
  if (!events.length) return;
  const params: unknown[] = [];
  const values = events.map((e) => `($${params.push(randomUUID())}, $${params.push(e.type)}, $${params.push(shops(e.shopIds))}::text[], $${params.push(JSON.stringify(e.data))}::jsonb)`).join(", ");
  await c.query(`INSERT INTO "WebhookEvent" (id, type, "shopIds", payload) VALUES ${values}`, params);
}
