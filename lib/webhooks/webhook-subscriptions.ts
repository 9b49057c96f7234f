import { randomBytes } from "node:crypto";
import { db } from "@/lib/db/client";
import { AppError, forbidden, notFound } from "@/lib/api/errors";
import type { StaffActor } from "@/lib/auth/actor";
import { targetShop } from "@/lib/auth/guards";
import { recordAudit } from "@/lib/audit/record-audit";
import type { WebhookSubscription } from "@/lib/generated/prisma/client";
import type { z } from "zod";
import type { createWebhookBodySchema, updateWebhookBodySchema } from "./webhook-schemas";

// Subscriptions of the host shop's systems (ADMIN only: they carry a secret). A shop's staff see
// and change their shop's only; the platform's subscriptions (every shop's events) are platform
// staff's. The secret is answered once, when the subscription is created or its secret rotated.

/** A subscription as the API shows it: never its secrets. */
export function webhookDto(s: WebhookSubscription) {
  return { id: s.id, shopId: s.shopId, url: s.url, events: s.events, active: s.active, description: s.description, previousSecretUntil: s.previousSecretUntil?.toISOString() ?? null, createdAt: s.createdAt.toISOString(), updatedAt: s.updatedAt.toISOString() };
}

const newSecret = () => `whsec_${randomBytes(24).toString("base64url")}`;

/** The answer that carries the secret: creating a subscription, rotating its secret. */
const withSecret = (s: WebhookSubscription) => ({ ...webhookDto(s), secret: s.secret });

/** How long deliveries keep carrying the previous secret's signature after a rotation. */
export const SECRET_OVERLAP_MS = 24 * 3_600_000;

export async function visibleWebhook(actor: StaffActor, id: string) {
  const s = await db.webhookSubscription.findUnique({ where: { id } });
  if (!s || (actor.shopId && s.shopId !== actor.shopId)) throw notFound("webhook");
  return s;
}

export async function listWebhooks(actor: StaffActor) {
  const rows = await db.webhookSubscription.findMany({ where: actor.shopId ? { shopId: actor.shopId } : {}, orderBy: { createdAt: "desc" }, take: 100 });
  return rows.map(webhookDto);
}

export async function createWebhook(actor: StaffActor, body: z.infer<typeof createWebhookBodySchema>) {
  const shopId = targetShop(actor, body.shopId, true);
  if (shopId && !(await db.shop.findUnique({ where: { id: shopId }, select: { id: true } }))) throw notFound("shop");
  const secret = newSecret();
  return db.$transaction(async (tx) => {
    const s = await tx.webhookSubscription.create({ data: { shopId, url: body.url, events: [...new Set(body.events)], description: body.description ?? "", secret, createdById: actor.id } });
    await recordAudit(tx, actor, { action: "create", entity: "webhook", entityId: s.id, shopId, after: webhookDto(s) });
    return withSecret(s);
  });
}

export async function updateWebhook(actor: StaffActor, id: string, body: z.infer<typeof updateWebhookBodySchema>) {
  const before = await visibleWebhook(actor, id);
  if (actor.shopId && before.shopId === null) throw forbidden();
  return db.$transaction(async (tx) => {
    const s = await tx.webhookSubscription.update({ where: { id }, data: { ...body, ...(body.events ? { events: [...new Set(body.events)] } : {}) } });
    await recordAudit(tx, actor, { action: "update", entity: "webhook", entityId: id, shopId: s.shopId, before: webhookDto(before), after: webhookDto(s) });
    return webhookDto(s);
  });
}

export async function deleteWebhook(actor: StaffActor, id: string) {
  const before = await visibleWebhook(actor, id);
  await db.$transaction(async (tx) => {
    await tx.webhookSubscription.delete({ where: { id } });
    await recordAudit(tx, actor, { action: "delete", entity: "webhook", entityId: id, shopId: before.shopId, before: webhookDto(before) });
  });
  return { id, deleted: true };
}

/** A test event to one subscription, delivered like the others (its own event id). */
export async function pingWebhook(actor: StaffActor, id: string) {
  const s = await visibleWebhook(actor, id);
  return db.$transaction(async (tx) => {
    const e = await tx.webhookEvent.create({ data: { type: "webhook.test", shopIds: s.shopId ? [s.shopId] : [], payload: { subscriptionId: s.id, by: actor.name }, fannedOut: true } });
    const d = await tx.webhookDelivery.create({ data: { eventId: e.id, subscriptionId: s.id } });
    return { eventId: e.id, deliveryId: d.id };
  });
}

/** How long the same idempotencyKey answers the rotation's secret again (a retried request, a double click) — not later. */
export const ROTATION_REPLAY_MS = 10 * 60_000;

function replay(s: WebhookSubscription, now: Date) {
  const rotatedAt = (s.previousSecretUntil?.getTime() ?? 0) - SECRET_OVERLAP_MS;
  if (now.getTime() - rotatedAt > ROTATION_REPLAY_MS) throw new AppError("CONFLICT", "This rotation was answered already; rotate again for a new secret");
  return withSecret(s);
}

/**
 * A new signing secret, answered once. For SECRET_OVERLAP_MS every delivery is signed with both
 * (two `v1` in the header), so the receiver can switch to the new one in its own time; a rotation
 * inside that window ends the older secret at once (a leaked secret is rotated twice). The same
 * idempotencyKey again, within ROTATION_REPLAY_MS, answers the same secret instead of rotating
 * twice (a double click, a retried request); later it is refused, so a key seen afterwards does not
 * reveal the secret.
 */
export async function rotateWebhookSecret(actor: StaffActor, id: string, idempotencyKey: string, now = new Date()) {
  const before = await visibleWebhook(actor, id);
  if (actor.shopId && before.shopId === null) throw forbidden();
  if (before.rotationKey === idempotencyKey) return replay(before, now);
  const secret = newSecret();
  return db.$transaction(async (tx) => {
    // conditional on the secret read: of two rotations at once, one rotates; the other (the same click) answers it
    const { count } = await tx.webhookSubscription.updateMany({ where: { id, secret: before.secret }, data: { secret, previousSecret: before.secret, previousSecretUntil: new Date(now.getTime() + SECRET_OVERLAP_MS), rotationKey: idempotencyKey } });
    const after = await tx.webhookSubscription.findUniqueOrThrow({ where: { id } });
    if (!count) {
      if (after.rotationKey === idempotencyKey) return replay(after, now);
      throw new AppError("CONFLICT", "The secret was rotated at the same moment; reload and try again");
    }
    await recordAudit(tx, actor, { action: "rotate-secret", entity: "webhook", entityId: id, shopId: after.shopId, before: webhookDto(before), after: webhookDto(after) });
    return withSecret(after);
  });
}
