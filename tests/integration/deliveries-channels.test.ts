import { afterAll, beforeAll, beforeEach, describe, expect, it, onTestFinished } from "vitest";
import { TZDate } from "@date-fns/tz";
import { db } from "@/lib/db/client";
import { createDelivery } from "@/lib/deliveries/create-delivery";
import { createDeliveryBodySchema } from "@/lib/deliveries/delivery-schemas";
import { runDeliveryJob } from "@/lib/deliveries/run-delivery";
import { deliveryReport } from "@/lib/deliveries/delivery-report";
import { decideDelivery } from "@/lib/deliveries/decide-delivery";
import { followDeliveryLink } from "@/lib/deliveries/delivery-clicks";
import { readUnsubscribeToken } from "@/lib/deliveries/signed-links";
import { unsubscribe } from "@/lib/deliveries/unsubscribe";
import { closeQueues } from "@/lib/jobs/queues";
import { makeCustomer, makeShop, makeStaff, resetDb } from "./fixtures";
import { startSmtpSink } from "./smtp-sink";

// Issue 13 #2–#3 (outside channels): email through a real SMTP server started here, SMS and push
// through the recording provider; quiet hours in the shop's zone; unsubscribes; SMTP down then
// back — retried, never twice; a 550 fails that shopper only; large deliveries wait for approval.

let smtp: Awaited<ReturnType<typeof startSmtpSink>>;
beforeAll(async () => {
  smtp = await startSmtpSink();
  process.env.SMTP_URL = smtp.url;
});
afterAll(async () => {
  delete process.env.SMTP_URL;
  await smtp.stop();
  await closeQueues();
});

/** The next instant, after the real now, at which it is `hour`:00 in Shanghai — anchors quiet hours whatever the time of day. */
function nextLocal(hour: number, after = new Date()) {
  const l = new TZDate(after.getTime(), "Asia/Shanghai");
  let at = new TZDate(l.getFullYear(), l.getMonth(), l.getDate(), hour, 0, 0, "Asia/Shanghai");
  if (at.getTime() <= after.getTime()) at = new TZDate(l.getFullYear(), l.getMonth(), l.getDate() + 1, hour, 0, 0, "Asia/Shanghai");
  return new Date(at.getTime());
}

const body = (o: Record<string, unknown>) => createDeliveryBodySchema.parse({ name: "回归", title: "{{name}}，好久不见", body: "{{shop}} 想你了\n\n送你 {{coupon}}", link: "/coupons", ...o });

async function world(emails: (string | null)[], phones: (string | null)[] = []) {
  const shop = await makeShop("触达店");
  const op = await makeStaff("OPERATOR", shop.id);
  const shoppers = [];
  for (let i = 0; i < emails.length; i++) {
    const s = await makeCustomer(shop.id);
    shoppers.push(await db.shopper.update({ where: { id: s.id }, data: { email: emails[i], phone: phones[i] ?? null } }));
  }
  const segment = await db.segment.create({ data: { name: "全部", shopId: shop.id, kind: "LIST", members: { create: shoppers.map((s) => ({ shopperId: s.id })) } } });
  return { shop, op, shoppers, segment };
}

describe("email over SMTP, SMS and push", () => {
  beforeEach(async () => {
    await resetDb();
    smtp.received.length = 0;
  });

  it("sends each shopper with an address one email (text + HTML, variables, tracked link, one-click unsubscribe); no address is skipped; a 550 fails that shopper only", async () => {
    const w = await world([`a${Date.now()}@shop.test`, null, `bounce${Date.now()}@shop.test`]);
    const noon = nextLocal(12);
    const { delivery } = await createDelivery(w.op, body({ segmentId: w.segment.id, channels: ["EMAIL"], html: "<h1>{{name}}</h1><p>{{shop}}</p>" }), noon);
    await runDeliveryJob(delivery.jobId, noon);
    expect(smtp.received).toHaveLength(1);
    const mail = smtp.received[0];
    expect(mail.subject).toBe(`${w.shoppers[0].name}，好久不见`);
    expect(mail.text).toContain("触达店 想你了");
    expect(mail.html).toContain(`<h1>${w.shoppers[0].name}</h1>`);
    expect(mail.messageId).toBe(`<d.${delivery.id}.${w.shoppers[0].id}.EMAIL@promo.local>`);
    const header = (name: string) => mail.headerLines.find((h) => h.key === name)?.line.replace(/^[^:]+:\s*/, "").replace(/\r?\n\s+/g, "");
    const oneClick = header("list-unsubscribe") ?? "";
    expect(oneClick).toMatch(/^<http.*\/api\/unsubscribe\?t=.*>$/);
    expect(header("list-unsubscribe-post")).toBe("List-Unsubscribe=One-Click");
    const rows = await db.deliveryRecipient.findMany({ where: { deliveryId: delivery.id }, orderBy: { shopperId: "asc" } });
    const by = Object.fromEntries(rows.map((r) => [r.shopperId, r]));
    expect(by[w.shoppers[0].id]).toMatchObject({ status: "SENT" });
    expect(by[w.shoppers[1].id]).toMatchObject({ status: "SKIPPED", reason: "NO_ADDRESS" });
    expect(by[w.shoppers[2].id]).toMatchObject({ status: "FAILED", reason: expect.stringContaining("550") });

    // the tracked link in the email: recorded once, redirects to our own page
    const link = /\/api\/deliveries\/([^/]+)\/click\?s=([^&]+)&c=EMAIL&sig=([\w-]+)/.exec(mail.text ?? "")!;
    expect(await followDeliveryLink(link[1], decodeURIComponent(link[2]), "EMAIL", link[3])).toBe("/coupons");
    expect(await followDeliveryLink(link[1], w.shoppers[2].id, "EMAIL", link[3])).toBe("/coupons"); // another shopper with this signature: not counted
    const report = await deliveryReport(w.op, delivery.id);
    expect(report.report).toMatchObject({ sent: 1, skipped: 1, failed: 1, clicked: 1, byChannel: { EMAIL: { sent: 1, skipped: 1, failed: 1 } } });

    // one-click unsubscribe from the header's link: the next email skips this shopper
    const token = decodeURIComponent(/t=([^>]+)/.exec(oneClick)![1]);
    const who = readUnsubscribeToken(token)!;
    expect(who).toEqual({ shopperId: w.shoppers[0].id, channel: "EMAIL" });
    expect(readUnsubscribeToken(token.replace(/.$/, (c) => (c === "A" ? "B" : "A")))).toBeNull();
    await unsubscribe(who.shopperId, who.channel);
    const next = await createDelivery(w.op, body({ name: "再来", segmentId: w.segment.id, channels: ["EMAIL", "INBOX"] }), noon);
    await runDeliveryJob(next.delivery.jobId, noon);
    expect(smtp.received).toHaveLength(1);
    expect(await db.deliveryRecipient.findUniqueOrThrow({ where: { deliveryId_shopperId_channel: { deliveryId: next.delivery.id, shopperId: w.shoppers[0].id, channel: "EMAIL" } } })).toMatchObject({ status: "SKIPPED", reason: "UNSUBSCRIBED" });
    expect(await db.message.count({ where: { deliveryId: next.delivery.id } })).toBe(3); // the inbox is another channel
  });

  it("SMTP down: nothing is lost — the rows wait with backoff, and when the server is back each shopper gets exactly one email", async () => {
    const w = await world([`x${Date.now()}@shop.test`, `y${Date.now()}@shop.test`]);
    const noon = nextLocal(12);
    await smtp.stop();
    onTestFinished(async () => {
      if (!smtp.listening()) await smtp.restart();
    });
    const { delivery } = await createDelivery(w.op, body({ segmentId: w.segment.id, channels: ["EMAIL"] }), noon);
    await runDeliveryJob(delivery.jobId, noon);
    let job = await db.job.findUniqueOrThrow({ where: { id: delivery.jobId } });
    expect(job.status).toBe("RUNNING");
    const resumeAt = new Date((job.params as { resumeAt: string }).resumeAt);
    // the first backoff, 5 s after the failed try (the run's clock advances with the time it takes)
    expect(resumeAt.getTime() - noon.getTime()).toBeGreaterThanOrEqual(5_000);
    expect(resumeAt.getTime() - noon.getTime()).toBeLessThan(6_000);
    expect(await db.deliveryRecipient.findMany({ where: { deliveryId: delivery.id } })).toEqual([expect.objectContaining({ status: "PENDING", attempts: 1 }), expect.objectContaining({ status: "PENDING", attempts: 1 })]);
    await runDeliveryJob(delivery.jobId, noon); // too early: the backoff holds
    expect((await db.deliveryRecipient.findFirstOrThrow({ where: { deliveryId: delivery.id } })).attempts).toBe(1);
    await runDeliveryJob(delivery.jobId, resumeAt); // still down: the second try, backoff doubles
    job = await db.job.findUniqueOrThrow({ where: { id: delivery.jobId } });
    const second = new Date((job.params as { resumeAt: string }).resumeAt).getTime() - resumeAt.getTime();
    expect(second).toBeGreaterThanOrEqual(10_000); // doubled
    expect(second).toBeLessThan(11_000);

    await smtp.restart();
    const later = new Date(resumeAt.getTime() + 10_000);
    await Promise.all([runDeliveryJob(delivery.jobId, later), runDeliveryJob(delivery.jobId, later)]);
    await runDeliveryJob(delivery.jobId, later);
    expect(smtp.received.map((m) => m.to && (Array.isArray(m.to) ? m.to[0].text : m.to.text)).sort()).toEqual([w.shoppers[0].email, w.shoppers[1].email].sort());
    expect(await db.job.findUniqueOrThrow({ where: { id: delivery.jobId } })).toMatchObject({ status: "DONE", processed: 2 });
  });

  it("SMS and push wait out quiet hours (22:00–08:00 shop time) and are recorded by the default provider; the inbox goes at once", async () => {
    const w = await world([null, null], ["13800000001", null]);
    const night = nextLocal(23);
    const { delivery } = await createDelivery(w.op, body({ segmentId: w.segment.id, channels: ["INBOX", "SMS", "PUSH"] }), night);
    await runDeliveryJob(delivery.jobId, night);
    expect(await db.message.count({ where: { deliveryId: delivery.id } })).toBe(2);
    expect(await db.providerSend.count({ where: { deliveryId: delivery.id } })).toBe(0);
    const job = await db.job.findUniqueOrThrow({ where: { id: delivery.jobId } });
    const morning = new Date((job.params as { resumeAt: string }).resumeAt);
    expect(morning.getTime()).toBe(nextLocal(8, night).getTime());
    await runDeliveryJob(delivery.jobId, morning);
    const sends = await db.providerSend.findMany({ where: { deliveryId: delivery.id }, orderBy: [{ channel: "asc" }, { to: "asc" }] });
    expect(sends.map((s) => [s.channel, s.to])).toEqual([["PUSH", w.shoppers[0].id], ["PUSH", w.shoppers[1].id], ["SMS", "13800000001"]].sort());
    expect(sends.find((s) => s.channel === "SMS")!.body).toContain("退订/STOP");
    expect((await deliveryReport(w.op, delivery.id)).report).toMatchObject({ sent: 5, skipped: 1, byChannel: { SMS: { sent: 1, skipped: 1 }, PUSH: { sent: 2 }, INBOX: { sent: 2 } } });
  });

  it("rows another run handed to a provider keep the job open; after 10 minutes they are failed as interrupted, never resent", async () => {
    const w = await world([`p${Date.now()}@shop.test`, `q${Date.now()}@shop.test`]);
    const noon = nextLocal(12);
    const { delivery } = await createDelivery(w.op, body({ segmentId: w.segment.id, channels: ["EMAIL"] }), noon);
    await runDeliveryJob(delivery.jobId, noon);
    // as if a run crashed right after claiming one row: it stays SENDING
    await db.deliveryRecipient.updateMany({ where: { deliveryId: delivery.id, shopperId: w.shoppers[0].id }, data: { status: "SENDING", sentAt: noon } });
    await db.job.update({ where: { id: delivery.jobId }, data: { status: "RUNNING" } });
    await runDeliveryJob(delivery.jobId, noon);
    const job = await db.job.findUniqueOrThrow({ where: { id: delivery.jobId } });
    expect(job.status).toBe("RUNNING");
    expect(new Date((job.params as { resumeAt: string }).resumeAt).getTime()).toBe(noon.getTime() + 10 * 60_000 + 1_000);
    await runDeliveryJob(delivery.jobId, new Date(noon.getTime() + 11 * 60_000));
    expect(await db.deliveryRecipient.findUniqueOrThrow({ where: { deliveryId_shopperId_channel: { deliveryId: delivery.id, shopperId: w.shoppers[0].id, channel: "EMAIL" } } })).toMatchObject({ status: "FAILED", reason: "INTERRUPTED" });
    expect(await db.job.findUniqueOrThrow({ where: { id: delivery.jobId } })).toMatchObject({ status: "DONE" });
    expect(smtp.received).toHaveLength(2); // sent once each at the first run; nothing again
  });

  it("a rule segment that grew past the approval size by send time waits for an approver then", async () => {
    const w = await world([null, null]);
    await db.shop.update({ where: { id: w.shop.id }, data: { deliveryApprovalAbove: 2 } });
    const noon = nextLocal(12);
    const { delivery } = await createDelivery(w.op, body({ segmentId: w.segment.id, channels: ["INBOX"] }), noon);
    expect(delivery.approval).toBe("NONE");
    const late = await makeCustomer(w.shop.id);
    await db.segmentMember.create({ data: { segmentId: w.segment.id, shopperId: late.id } });
    await runDeliveryJob(delivery.jobId, noon);
    expect(await db.delivery.findUniqueOrThrow({ where: { id: delivery.id } })).toMatchObject({ approval: "PENDING", audienceSize: 3 });
    expect(await db.message.count()).toBe(0);
  });

  it("a delivery larger than the shop's approval size waits for an approver (not its maker); rejected, it never sends", async () => {
    const w = await world([null, null, null]);
    await db.shop.update({ where: { id: w.shop.id }, data: { deliveryApprovalAbove: 2 } });
    const approver = await makeStaff("APPROVER", w.shop.id);
    const noon = nextLocal(12);
    const { delivery } = await createDelivery(w.op, body({ segmentId: w.segment.id, channels: ["INBOX"] }), noon);
    expect(delivery).toMatchObject({ approval: "PENDING", audienceSize: 3 });
    await runDeliveryJob(delivery.jobId, noon);
    expect(await db.message.count()).toBe(0);
    await expect(decideDelivery(w.op, delivery.id, "approve", undefined)).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(decideDelivery(await makeStaff("APPROVER", (await makeShop("别家")).id), delivery.id, "approve", undefined)).rejects.toMatchObject({ status: 404 });
    const [a, b] = await Promise.allSettled([decideDelivery(approver, delivery.id, "approve", "ok"), decideDelivery(approver, delivery.id, "approve", "ok")]);
    expect([a.status, b.status].sort()).toEqual(["fulfilled", "rejected"]);
    await runDeliveryJob(delivery.jobId, noon);
    expect(await db.message.count()).toBe(3);
    expect(await db.auditLog.count({ where: { action: "delivery.approve", entityId: delivery.id } })).toBe(1);

    const second = await createDelivery(w.op, body({ name: "二", segmentId: w.segment.id, channels: ["INBOX"] }), noon);
    await decideDelivery(approver, second.delivery.id, "reject", "太频繁");
    await runDeliveryJob(second.delivery.jobId, noon);
    expect(await db.message.count({ where: { deliveryId: second.delivery.id } })).toBe(0);
    expect(await db.job.findUniqueOrThrow({ where: { id: second.delivery.jobId } })).toMatchObject({ status: "DONE", result: { rejected: true } });
  });
});
