import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, afterEach, beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { closeQueues } from "@/lib/jobs/queues";
import { submitOrder } from "@/lib/orders/submit-order";
import { payOrder } from "@/lib/orders/pay-order";
import { cancelOrder } from "@/lib/orders/cancel-order";
import { createWebhook, pingWebhook, ROTATION_REPLAY_MS, rotateWebhookSecret, SECRET_OVERLAP_MS, updateWebhook } from "@/lib/webhooks/webhook-subscriptions";
import { backoffMs, dispatchWebhooks, webhookAgent } from "@/lib/webhooks/webhook-dispatch";
import { request } from "undici";
import { replayDelivery } from "@/lib/webhooks/webhook-log";
import { verifySignature } from "@/lib/webhooks/webhook-sign";
import { createWebhookBodySchema, rotateWebhookSecretBodySchema } from "@/lib/webhooks/webhook-schemas";
import type { WEBHOOK_EVENTS } from "@/lib/webhooks/webhook-events";
import { makeShop, makeShopper, makeSku, makeStaff, resetDb } from "./fixtures";

afterAll(closeQueues);

// A real HTTP receiver that can fail (500), hang past the timeout, or answer 200; it records what
// it got and checks every signature.
type Got = { eventId: string; type: string; attempt: number; signed: boolean; body: { data: Record<string, unknown> }; header: string; raw: string };
function receiver(secret: () => string) {
  let mode: "ok" | "fail" | "hang" = "ok";
  const got: Got[] = [];
  const server: Server = createServer(async (req: IncomingMessage, res) => {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const body = Buffer.concat(chunks).toString();
    got.push({ eventId: String(req.headers["x-promo-event-id"]), type: String(req.headers["x-promo-event"]), attempt: Number(req.headers["x-promo-attempt"]), signed: verifySignature(secret(), String(req.headers["x-promo-signature"]), body), body: JSON.parse(body), header: String(req.headers["x-promo-signature"]), raw: body });
    if (mode === "hang") return; // never answers: the sender's timeout decides
    res.writeHead(mode === "ok" ? 200 : 500).end();
  });
  return {
    got,
    set: (m: typeof mode) => (mode = m),
    start: () => new Promise<string>((ok) => server.listen(0, "127.0.0.1", () => ok(`http://127.0.0.1:${(server.address() as AddressInfo).port}/hooks`))),
    stop: () => new Promise<void>((ok) => { server.closeAllConnections(); server.close(() => ok()); }),
  };
}

describe("webhooks to the host shop", () => {
  let rx: ReturnType<typeof receiver>;
  let secret = "";
  beforeEach(async () => {
    await resetDb();
    rx = receiver(() => secret);
  });
  afterEach(() => rx.stop());

  async function setup(events: ("*" | (typeof WEBHOOK_EVENTS)[number])[] = ["*"]) {
    const url = await rx.start();
    const shop = await makeShop("Hooks", 0);
    const admin = await makeStaff("ADMIN", shop.id);
    const sub = await createWebhook(admin, { url, events });
    secret = sub.secret;
    const sku = await makeSku(shop.id, 5000);
    return { shop, admin, sub, sku };
  }

  it("order events are signed, carry their event id, and arrive once each when the receiver is healthy", async () => {
    const { sku } = await setup();
    const s = await makeShopper();
    const { order } = await submitOrder({ shopperId: s.id, lines: [{ skuId: sku.id, quantity: 1 }], idempotencyKey: "order-hook-1" });
    await payOrder(s.id, order.id);
    await dispatchWebhooks();
    expect(rx.got.map((g) => g.type).sort()).toEqual(["order.paid", "order.placed"]);
    expect(rx.got.every((g) => g.signed && g.attempt === 1)).toBe(true);
    expect(rx.got.find((g) => g.type === "order.paid")!.body.data).toMatchObject({ orderId: order.id, amount: 5000 });
    // nothing more to send
    expect(await dispatchWebhooks()).toBe(0);
    expect(await db.webhookDelivery.count({ where: { status: "DELIVERED" } })).toBe(2);
  });

  it("a receiver that fails, then times out, then recovers gets every event, retried with backoff, each with one event id", async () => {
    const { sku } = await setup(["order.placed", "order.cancelled"]);
    const s = await makeShopper();
    rx.set("fail");
    const orders = [];
    for (let i = 0; i < 3; i++) orders.push((await submitOrder({ shopperId: s.id, lines: [{ skuId: sku.id, quantity: 1 }], idempotencyKey: `order-hook-r${i}` })).order);
    await cancelOrder(s.id, orders[0].id);
    const t0 = Date.now();
    await dispatchWebhooks(new Date(t0));
    expect(rx.got).toHaveLength(4);
    const pending = await db.webhookDelivery.findMany();
    expect(pending.every((d) => d.status === "PENDING" && d.attempts === 1 && d.lastStatus === 500)).toBe(true);
    // not due before the backoff
    expect(await dispatchWebhooks(new Date(t0 + backoffMs(1) - 1000))).toBe(0);
    // the receiver hangs past the timeout: a second failed attempt, logged as such
    rx.set("hang");
    await dispatchWebhooks(new Date(t0 + backoffMs(1) + 1000));
    const hung = await db.webhookDelivery.findFirstOrThrow();
    expect(hung.attempts).toBe(2);
    expect(hung.lastError).toMatch(/timed out/);
    // hours later the receiver is back: every event arrives, and is never sent again once delivered
    rx.set("ok");
    await dispatchWebhooks(new Date(t0 + 5 * 3_600_000));
    await dispatchWebhooks(new Date(t0 + 6 * 3_600_000));
    const delivered = rx.got.filter((g, i) => i >= 8);
    expect(new Set(delivered.map((g) => g.eventId)).size).toBe(4);
    expect(delivered).toHaveLength(4);
    expect(new Set(rx.got.map((g) => g.eventId)).size).toBe(4); // retries reuse the event id: receivers dedupe on it
    expect(await db.webhookDelivery.count({ where: { status: "DELIVERED" } })).toBe(4);
    expect(await db.webhookAttempt.count()).toBe(12);
  });

  it("the outbox is written with the change: a refused order leaves no event; 24 h of failures end in FAILED, and replay sends it again", async () => {
    const { sku, admin } = await setup(["order.placed"]);
    const s = await makeShopper();
    await expect(submitOrder({ shopperId: s.id, lines: [{ skuId: sku.id, quantity: 5000 }], idempotencyKey: "too-many-1" })).rejects.toMatchObject({ code: "OUT_OF_STOCK" });
    expect(await db.webhookEvent.count()).toBe(0);
    rx.set("fail");
    await submitOrder({ shopperId: s.id, lines: [{ skuId: sku.id, quantity: 1 }], idempotencyKey: "order-hook-f" });
    const t0 = Date.now();
    await dispatchWebhooks(new Date(t0));
    await dispatchWebhooks(new Date(t0 + 25 * 3_600_000));
    const d = await db.webhookDelivery.findFirstOrThrow();
    expect(d.status).toBe("FAILED");
    rx.set("ok");
    await replayDelivery(admin, d.id);
    await dispatchWebhooks();
    expect((await db.webhookDelivery.findFirstOrThrow()).status).toBe("DELIVERED");
    expect(await db.auditLog.count({ where: { entity: "webhook-delivery", action: "replay" } })).toBe(1);
  });

  it("subscriptions: shop scoped, paused ones get nothing, a ping is signed; bad URLs are refused", async () => {
    const { shop, admin, sub } = await setup(["order.paid"]);
    const other = await makeShop("Other", 0);
    const otherAdmin = await makeStaff("ADMIN", other.id);
    await expect(updateWebhook(otherAdmin, sub.id, { active: false })).rejects.toMatchObject({ code: "NOT_FOUND" });
    const ping = await pingWebhook(admin, sub.id);
    await dispatchWebhooks();
    expect(rx.got).toEqual([expect.objectContaining({ type: "webhook.test", eventId: ping.eventId, signed: true })]);
    await updateWebhook(admin, sub.id, { active: false });
    // another shop's order never reaches this shop's subscription; a paused one gets nothing
    const sku = await makeSku(other.id, 1000);
    const s = await makeShopper();
    const { order } = await submitOrder({ shopperId: s.id, lines: [{ skuId: sku.id, quantity: 1 }], idempotencyKey: "order-hook-o" });
    await payOrder(s.id, order.id);
    await dispatchWebhooks();
    expect(rx.got).toHaveLength(1);
    expect(shop.id).not.toBe(other.id);
    for (const url of ["ftp://example.com/x", "http://localhost:3000/api/admin/promotions", "not a url", "https://user:pw@example.com/"]) {
      const r = createWebhookBodySchema.safeParse({ url, events: ["order.paid"] });
      expect(r.success, url).toBe(false);
    }
    expect(createWebhookBodySchema.safeParse({ url: "https://hooks.example.com/promo", events: ["order.nope"] }).success).toBe(false);
  });

  it("deliveries connect only where the name resolves to a public address at connect time (DNS rebinding closed)", async () => {
    const url = (await rx.start()).replace("127.0.0.1", "localhost");
    const allowed = process.env.WEBHOOK_ALLOW_PRIVATE;
    try {
      process.env.WEBHOOK_ALLOW_PRIVATE = "0";
      // the name is looked up by the socket itself: a private answer refuses the connection, nothing is sent
      await expect(request(url, { method: "POST", body: "{}", dispatcher: webhookAgent() })).rejects.toMatchObject({ code: "EPRIVATEADDR" });
      expect(rx.got).toHaveLength(0);
    } finally {
      if (allowed === undefined) delete process.env.WEBHOOK_ALLOW_PRIVATE;
      else process.env.WEBHOOK_ALLOW_PRIVATE = allowed;
    }
    // where private receivers are allowed (development, tests), the same receiver is reached
    const res = await request(url, { method: "POST", body: JSON.stringify({ data: {} }), dispatcher: webhookAgent() });
    await res.body.dump();
    expect(res.statusCode).toBe(200);
    expect(rx.got).toHaveLength(1);
  });

  it("rotating the secret: answered once per click, both secrets sign for a day, then only the new one; other shops cannot", async () => {
    const { shop, admin, sub } = await setup();
    const old = sub.secret;
    const t0 = Date.now();
    // two requests of one click at the same moment: one rotation, both answer its secret
    const [rotated, twin] = await Promise.all([rotateWebhookSecret(admin, sub.id, "rotate-click-1", new Date(t0)), rotateWebhookSecret(admin, sub.id, "rotate-click-1", new Date(t0))]);
    expect(twin.secret).toBe(rotated.secret);
    expect(rotated.secret).toMatch(/^whsec_/);
    expect(rotated.secret).not.toBe(old);
    expect(rotated.previousSecretUntil).toBe(new Date(t0 + SECRET_OVERLAP_MS).toISOString());
    // the same click again (a double click, a retried request): the same secret, not a second rotation
    expect((await rotateWebhookSecret(admin, sub.id, "rotate-click-1", new Date(t0 + 60_000))).secret).toBe(rotated.secret);
    // … but not later: a key seen afterwards does not reveal the secret
    await expect(rotateWebhookSecret(admin, sub.id, "rotate-click-1", new Date(t0 + ROTATION_REPLAY_MS + 1000))).rejects.toMatchObject({ code: "CONFLICT" });
    expect(await db.auditLog.count({ where: { entity: "webhook", action: "rotate-secret" } })).toBe(1);
    const audit = await db.auditLog.findFirstOrThrow({ where: { entity: "webhook", action: "rotate-secret" } });
    for (const k of [rotated.secret, old]) expect(JSON.stringify(audit)).not.toContain(k); // no secret in the audit log
    secret = rotated.secret;

    // inside the day: one delivery, two v1 — a receiver on either secret accepts it
    await pingWebhook(admin, sub.id);
    await dispatchWebhooks(new Date(t0 + 1000));
    const during = rx.got.at(-1)!;
    expect(during.header.match(/v1=/g)).toHaveLength(2);
    expect(verifySignature(old, during.header, during.raw)).toBe(true);
    expect(verifySignature(rotated.secret, during.header, during.raw)).toBe(true);
    expect(verifySignature("whsec_someone-else", during.header, during.raw)).toBe(false);

    // after the day: the new secret only
    await pingWebhook(admin, sub.id);
    await dispatchWebhooks(new Date(t0 + SECRET_OVERLAP_MS + 1000));
    const after = rx.got.at(-1)!;
    expect(after.header.match(/v1=/g)).toHaveLength(1);
    expect(verifySignature(rotated.secret, after.header, after.raw)).toBe(true);
    expect(verifySignature(old, after.header, after.raw)).toBe(false);

    // a second rotation inside the window ends the oldest secret at once (a leaked secret, rotated twice)
    const second = await rotateWebhookSecret(admin, sub.id, "rotate-click-2", new Date(t0 + 2000));
    expect((await db.webhookSubscription.findUniqueOrThrow({ where: { id: sub.id } })).previousSecret).toBe(rotated.secret);
    expect(second.secret).not.toBe(rotated.secret);

    // another shop's admin: not found; a bad key: refused beside the field, nothing changes
    const other = await makeShop("Other hooks", 0);
    await expect(rotateWebhookSecret(await makeStaff("ADMIN", other.id), sub.id, "rotate-click-3")).rejects.toMatchObject({ code: "NOT_FOUND" });
    for (const idempotencyKey of ["short", "x".repeat(101), "with space key", "nul\u0000key-long"]) expect(rotateWebhookSecretBodySchema.safeParse({ idempotencyKey }).success, idempotencyKey).toBe(false);
    expect((await db.webhookSubscription.findUniqueOrThrow({ where: { id: sub.id } })).secret).toBe(second.secret);
    expect(shop.id).not.toBe(other.id);
  });
});
