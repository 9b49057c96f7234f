import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { createDelivery } from "@/lib/deliveries/create-delivery";
import { createDeliveryBodySchema } from "@/lib/deliveries/delivery-schemas";
import { runDeliveryJob, FREQUENCY_CAP_PER_DAY } from "@/lib/deliveries/run-delivery";
import { deliveryReport } from "@/lib/deliveries/delivery-report";
import { followMessageLink, listMessages } from "@/lib/deliveries/inbox";
import { submitOrder } from "@/lib/orders/submit-order";
import { payOrder } from "@/lib/orders/pay-order";
import { systemActor } from "@/lib/auth/shopper-scope";
import { closeQueues } from "@/lib/jobs/queues";
import { makeCustomer, makeShop, makeSku, makeStaff, resetDb } from "./fixtures";

// Issue 13 #3 (inbox channel): exactly once per (delivery, shopper, channel) under retries, double
// clicks and concurrent runs; bad input refused with nothing saved; the funnel attributes orders.

afterAll(closeQueues);
const body = (o: Record<string, unknown>) => createDeliveryBodySchema.parse({ name: "双11 召回", channels: ["INBOX"], title: "{{name}}，你有一张券", body: "{{shop}} 送你 {{coupon}}", link: "/coupons", ...o });

async function world(n = 5) {
  const shop = await makeShop("触达");
  const op = await makeStaff("OPERATOR", shop.id);
  const shoppers = await Promise.all(Array.from({ length: n }, () => makeCustomer(shop.id)));
  const segment = await db.segment.create({ data: { name: "全部顾客", shopId: shop.id, kind: "RULES", rules: { op: "AND", conditions: [{ type: "MEMBER_LEVEL", levels: ["V1"] }] } } });
  const template = await db.couponTemplate.create({ data: { shopId: shop.id, name: "满100减10", kind: "AMOUNT_OFF", amountOff: 1000, threshold: 0, totalQuantity: 100, validDays: 7 } });
  return { shop, op, shoppers, segment, template };
}

describe("deliveries to the inbox", () => {
  beforeEach(resetDb);

  it("a double click is one delivery; three runs at once and a retry send each shopper one message and one coupon", async () => {
    const w = await world(5);
    const b = body({ segmentId: w.segment.id, couponTemplateId: w.template.id, idempotencyKey: "click-123456" });
    const [a, again] = await Promise.all([createDelivery(w.op, b), createDelivery(w.op, b)]);
    expect(again.delivery.id).toBe(a.delivery.id);
    expect(await db.delivery.count()).toBe(1);

    await Promise.all([runDeliveryJob(a.delivery.jobId), runDeliveryJob(a.delivery.jobId), runDeliveryJob(a.delivery.jobId)]);
    await runDeliveryJob(a.delivery.jobId); // a retry after "DONE" changes nothing
    expect(await db.message.count()).toBe(5);
    expect(await db.userCoupon.count({ where: { templateId: w.template.id } })).toBe(5);
    const inbox = await listMessages(w.shoppers[0].id);
    expect(inbox).toMatchObject({ unread: 1, items: [{ title: `${w.shoppers[0].name}，你有一张券`, body: "触达 送你 满100减10", read: false }] });
    const job = await db.job.findUniqueOrThrow({ where: { id: a.delivery.jobId } });
    expect(job).toMatchObject({ status: "DONE", total: 10, processed: 10, result: { sent: 5, skipped: 0, failed: 0, coupons: 5 } });
  });

  it("bad input: unknown variable, a link off the site, a time in the past, an empty segment, another shop's segment — named, nothing saved", async () => {
    const w = await world(2);
    const bad = (o: Record<string, unknown>) => createDeliveryBodySchema.safeParse({ name: "x", channels: ["INBOX"], title: "t", body: "b", segmentId: w.segment.id, ...o }).error?.issues.map((i) => `${i.path.join(".")}: ${i.message}`);
    expect(bad({ body: "你好 {{nickname}}" })).toEqual(["body: unknown variable {{nickname}} (use {{name}}, {{shop}}, {{coupon}})"]);
    expect(bad({ link: "https://evil.example/x" })).toEqual(["link: must be a path on this site, starting with /"]);
    expect(bad({ link: "//evil.example" })).toEqual(["link: must be a path on this site, starting with /"]);
    expect(bad({ channels: ["FAX"] })).toEqual(["channels.0: available channels: INBOX, EMAIL, SMS, PUSH"]);
    expect(bad({ html: "<p>{{code}}</p>" })).toEqual(["html: unknown variable {{code}} (use {{name}}, {{shop}}, {{coupon}})"]);
    await expect(createDelivery(w.op, body({ segmentId: w.segment.id, sendAt: new Date(Date.now() - 3_600_000).toISOString() }))).rejects.toMatchObject({ fields: { sendAt: "is in the past" } });
    const empty = await db.segment.create({ data: { name: "空", shopId: w.shop.id, kind: "RULES", rules: { op: "AND", conditions: [{ type: "MEMBER_LEVEL", levels: ["V9"] }] } } });
    await expect(createDelivery(w.op, body({ segmentId: empty.id }))).rejects.toMatchObject({ fields: { segmentId: expect.stringContaining("no shoppers") } });
    const other = await makeShop("别家");
    const theirs = await db.segment.create({ data: { name: "别家的", shopId: other.id, kind: "RULES", rules: { op: "AND", conditions: [{ type: "MEMBER_LEVEL", levels: ["V1"] }] } } });
    await expect(createDelivery(w.op, body({ segmentId: theirs.id }))).rejects.toMatchObject({ fields: { segmentId: "no such segment" } });
    expect(await db.delivery.count()).toBe(0);
    expect(await db.job.count()).toBe(0);
  });

  it("a frequency cap skips shoppers who already had enough today; the report counts opened, clicked and the order the delivery earned", async () => {
    const w = await world(2);
    const [busy, keen] = w.shoppers;
    // busy already received the cap today
    for (let i = 0; i < FREQUENCY_CAP_PER_DAY; i++) {
      const d = await createDelivery(w.op, body({ name: `早先 ${i}`, segmentId: (await db.segment.create({ data: { name: `只有 busy ${i}`, shopId: w.shop.id, kind: "LIST", members: { create: { shopperId: busy.id } } } })).id }));
      await runDeliveryJob(d.delivery.jobId);
    }
    const { delivery } = await createDelivery(w.op, body({ segmentId: w.segment.id }));
    await runDeliveryJob(delivery.jobId);
    const mine = await db.message.findFirstOrThrow({ where: { deliveryId: delivery.id, shopperId: keen.id } });
    expect(await db.message.count({ where: { deliveryId: delivery.id } })).toBe(1);
    // keen clicks the tracked link (redirects only to our page) and orders
    expect(await followMessageLink(mine.id)).toBe("/coupons");
    const sku = await makeSku(w.shop.id, 12_000);
    const { order } = await submitOrder({ shopperId: keen.id, idempotencyKey: `conv-${Date.now()}`, lines: [{ skuId: sku.id, quantity: 1 }] });
    await payOrder(systemActor("test"), order.id);
    const r = await deliveryReport(w.op, delivery.id);
    expect(r.report).toMatchObject({ sent: 1, skipped: 1, opened: 1, clicked: 1, converted: 1, gmv: order.total, couponCost: 0, roi: null });
    // another shop's staff cannot read it
    await expect(deliveryReport(await makeStaff("ADMIN", (await makeShop("别家")).id), delivery.id)).rejects.toMatchObject({ status: 404 });
  });
});
