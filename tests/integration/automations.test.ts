import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { createAutomation, automationReport, setAutomationStatus } from "@/lib/automations/automation-actions";
import { createAutomationBodySchema } from "@/lib/automations/automation-schemas";
import { fireAutomations } from "@/lib/automations/fire-automations";
import { runDeliveryJob } from "@/lib/deliveries/run-delivery";
import { saveServerCart } from "@/lib/cart/server-cart";
import { submitOrder } from "@/lib/orders/submit-order";
import { payOrder } from "@/lib/orders/pay-order";
import { systemActor } from "@/lib/auth/shopper-scope";
import { closeQueues } from "@/lib/jobs/queues";
import { makeCustomer, makeShop, makeShopper, makeSku, makeStaff, resetDb } from "./fixtures";

// Issue 13 #4: automations — each trigger fires once per shopper per occurrence (whatever the
// ticks, concurrent passes), pausable, sent through the delivery pipeline with its funnel report.

afterAll(closeQueues);
const HOUR = 3_600_000;
const body = (o: Record<string, unknown>) => createAutomationBodySchema.parse({ name: "自动", channels: ["INBOX"], title: "{{name}}", body: "来看看", link: "/cart", ...o });

/** Fires, then sends what fired (the queue would; here the jobs run in the test). */
async function tickAndSend(now: Date) {
  const n = await fireAutomations(now);
  for (const d of await db.delivery.findMany({ where: { automationId: { not: null } }, select: { jobId: true } })) await runDeliveryJob(d.jobId, now);
  return n;
}

describe("automations", () => {
  beforeEach(resetDb);

  it("abandoned cart: a server-side cart untouched for N hours with no order fires once; a changed cart is a new occurrence; an order stops it; pause stops it", async () => {
    const shop = await makeShop("购物车店");
    const op = await makeStaff("OPERATOR", shop.id);
    const sku = await makeSku(shop.id, 5_000);
    const otherShopSku = await makeSku((await makeShop("别家")).id, 5_000);
    // a shop's automation reaches its customers only: "stranger" holds its goods but never ordered there
    const [idle, buyer, elsewhere, stranger] = [await makeCustomer(shop.id), await makeShopper(), await makeCustomer(shop.id), await makeShopper()];
    await saveServerCart(stranger.id, [{ skuId: sku.id, quantity: 1 }], new Date(Date.now() - 10 * HOUR));
    // their earlier (customer) orders were before the carts
    await db.order.updateMany({ where: { shopperId: { in: [idle.id, elsewhere.id] } }, data: { createdAt: new Date(Date.now() - 20 * HOUR) } });
    const t0 = new Date(Date.now() - 10 * HOUR);
    await saveServerCart(idle.id, [{ skuId: sku.id, quantity: 1 }], t0);
    await saveServerCart(buyer.id, [{ skuId: sku.id, quantity: 2 }], t0);
    await saveServerCart(elsewhere.id, [{ skuId: otherShopSku.id, quantity: 1 }], t0); // not this shop's goods
    await submitOrder({ shopperId: buyer.id, idempotencyKey: `ab-${Date.now()}`, lines: [{ skuId: sku.id, quantity: 2 }] });
    const a = await createAutomation(op, body({ name: "购物车提醒", trigger: "ABANDONED_CART", wait: 4 }));

    const now = new Date();
    const [x, y] = await Promise.all([fireAutomations(now), fireAutomations(now)]); // two instances at once
    expect(x + y).toBe(1);
    await tickAndSend(now);
    expect(await db.message.findMany({ select: { shopperId: true } })).toEqual([{ shopperId: idle.id }]);
    expect(await tickAndSend(new Date(now.getTime() + HOUR))).toBe(0); // the same cart: never again

    // the shopper changes the cart: a new occurrence, once its N hours pass
    await saveServerCart(idle.id, [{ skuId: sku.id, quantity: 3 }], new Date(now.getTime() - 5 * HOUR));
    await setAutomationStatus(op, a.id, "PAUSED");
    await expect(setAutomationStatus(op, a.id, "PAUSED")).rejects.toMatchObject({ code: "INVALID_STATE" });
    expect(await tickAndSend(now)).toBe(0);
    await setAutomationStatus(op, a.id, "ACTIVE");
    expect(await tickAndSend(now)).toBe(1);
    expect(await db.message.count({ where: { shopperId: idle.id } })).toBe(2);
    const r = await automationReport(op, a.id);
    expect(r).toMatchObject({ fired: 2, status: "ACTIVE", report: { sent: 2 } });
    expect(await db.auditLog.count({ where: { entityId: a.id } })).toBe(3);
  });

  it("birthday N days before (shop zone, once a year), win back after N silent days (once per silent spell), second order after the first is paid — with a coupon", async () => {
    const shop = await makeShop("生日店");
    const op = await makeStaff("OPERATOR", shop.id);
    const tpl = await db.couponTemplate.create({ data: { shopId: shop.id, name: "生日券", kind: "AMOUNT_OFF", amountOff: 1000, threshold: 0, totalQuantity: 100, validDays: 7 } });
    const now = new Date();
    const inThreeDays = new Date(now.getTime() + 3 * 86_400_000);
    const local = new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Shanghai", year: "numeric", month: "2-digit", day: "2-digit" }).format(inThreeDays); // YYYY-MM-DD
    const bday = await makeCustomer(shop.id);
    await db.shopper.update({ where: { id: bday.id }, data: { birthday: new Date(`1992-${local.slice(5)}T00:00:00Z`) } });
    const notCustomer = await makeShopper();
    await db.shopper.update({ where: { id: notCustomer.id }, data: { birthday: new Date(`1996-${local.slice(5)}T00:00:00Z`) } });
    await createAutomation(op, body({ name: "生日", trigger: "BIRTHDAY", wait: 3, couponTemplateId: tpl.id }));

    const sku = await makeSku(shop.id, 10_000);
    const paidOrder = async (shopperId: string, at: Date) => {
      const { order } = await submitOrder({ shopperId, idempotencyKey: `o-${Math.random()}`, lines: [{ skuId: sku.id, quantity: 1 }] }, at);
      await payOrder(systemActor("test"), order.id, true, at);
      return order;
    };
    const silent = await makeShopper();
    await paidOrder(silent.id, new Date(now.getTime() - 40 * 86_400_000));
    const active = await makeShopper();
    await paidOrder(active.id, new Date(now.getTime() - 40 * 86_400_000));
    await paidOrder(active.id, new Date(now.getTime() - 2 * 86_400_000));
    await createAutomation(op, body({ name: "召回", trigger: "WIN_BACK", wait: 30 }));
    const first = await makeShopper();
    await paidOrder(first.id, new Date(now.getTime() - 30 * HOUR));
    await createAutomation(op, body({ name: "复购", trigger: "SECOND_ORDER", wait: 24 }));

    await tickAndSend(now);
    await tickAndSend(new Date(now.getTime() + 60_000));
    const got = async (name: string) => {
      const ids = (await db.delivery.findMany({ where: { name: { startsWith: name } }, select: { id: true } })).map((d) => d.id);
      return (await db.message.findMany({ where: { deliveryId: { in: ids } }, select: { shopperId: true } })).map((m) => m.shopperId).sort();
    };
    expect(await got("生日")).toEqual([bday.id]);
    expect(await db.userCoupon.count({ where: { templateId: tpl.id, shopperId: bday.id } })).toBe(1);
    expect(await got("召回")).toEqual([silent.id]); // the active shopper ordered 2 days ago; "first" and "active" too recent
    expect((await got("复购")).sort()).toEqual([first.id, silent.id].sort()); // one paid order each, older than 24 h
    // the win-back fires again only after a new order and a new silent spell
    expect(await fireAutomations(new Date(now.getTime() + 86_400_000))).toBe(0);
  });

  it("the condition segment narrows inside the due query: only members fire, however many non-members are due", async () => {
    const shop = await makeShop("人群店");
    const op = await makeStaff("OPERATOR", shop.id);
    const sku = await makeSku(shop.id, 10_000);
    const silent = [];
    for (let i = 0; i < 4; i++) {
      const s = await makeShopper();
      const { order } = await submitOrder({ shopperId: s.id, idempotencyKey: `w-${i}-${Date.now()}`, lines: [{ skuId: sku.id, quantity: 1 }] }, new Date(Date.now() - 60 * 86_400_000));
      await payOrder(systemActor("test"), order.id, true, new Date(Date.now() - 60 * 86_400_000));
      silent.push(s);
    }
    const vip = await db.segment.create({ data: { name: "VIP", shopId: shop.id, kind: "LIST", members: { create: [{ shopperId: silent[3].id }] } } });
    await createAutomation(op, body({ name: "召回VIP", trigger: "WIN_BACK", wait: 30, segmentId: vip.id }));
    expect(await tickAndSend(new Date())).toBe(1);
    expect(await db.message.findMany({ select: { shopperId: true } })).toEqual([{ shopperId: silent[3].id }]);
  });

  it("bad input: a wait outside the trigger's range, an unknown trigger, another shop's segment — named, nothing saved", async () => {
    const shop = await makeShop("A");
    const op = await makeStaff("OPERATOR", shop.id);
    const bad = (o: Record<string, unknown>) => createAutomationBodySchema.safeParse({ name: "x", channels: ["INBOX"], title: "t", body: "b", ...o }).error?.issues.map((i) => `${i.path.join(".")}: ${i.message}`);
    expect(bad({ trigger: "BIRTHDAY", wait: 90 })).toEqual(["wait: must be between 0 and 30 for BIRTHDAY"]);
    expect(bad({ trigger: "ANNIVERSARY", wait: 1 })?.[0]).toMatch(/^trigger: one of ABANDONED_CART/);
    const theirs = await db.segment.create({ data: { name: "别家", shopId: (await makeShop("B")).id, kind: "LIST" } });
    await expect(createAutomation(op, body({ trigger: "WIN_BACK", wait: 30, segmentId: theirs.id }))).rejects.toMatchObject({ fields: { segmentId: "no such segment" } });
    expect(await db.automation.count()).toBe(0);
  });
});
