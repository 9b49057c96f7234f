import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { closeQueues } from "@/lib/jobs/queues";
import { redis } from "@/lib/redis/client";
import { submitOrder } from "@/lib/orders/submit-order";
import { payOrder } from "@/lib/orders/pay-order";
import { requestRefund } from "@/lib/orders/refund-order";
import { liveSnapshot, warRoom } from "@/lib/live/live-snapshot";
import { flushFlashAttempts, recordFlashAttempt } from "@/lib/live/live-counters";
import { promotionReport } from "@/lib/analytics/promotion-report";
import { makePromotion, makeShop, makeShopper, makeSku, makeStaff, resetDb } from "./fixtures";

afterAll(closeQueues);

// The live monitor's counters are kept as orders are placed, paid and refunded (Redis), and agree
// with the report (built from the ledger) afterwards.
describe("live monitor", () => {
  beforeEach(resetDb);

  it("participants, orders, GMV net of refunds and discount cost agree with the report; another shop's part is not counted", async () => {
    const shop = await makeShop("Live", 0);
    const other = await makeShop("Other", 0);
    const [a, b] = [await makeSku(shop.id, 6000), await makeSku(shop.id, 2500)];
    const foreign = await makeSku(other.id, 9000);
    const p = await makePromotion({ shopId: shop.id, type: "FULL_REDUCTION", rules: { basis: "AMOUNT", tiers: [{ threshold: 5000, amountOff: 500 }] }, limits: { budget: 100000 } });
    const staff = await makeStaff("ANALYST", shop.id);
    const shoppers = await Promise.all([makeShopper(), makeShopper(), makeShopper()]);
    const carts = [
      [{ skuId: a.id, quantity: 1 }],
      [{ skuId: a.id, quantity: 1 }, { skuId: b.id, quantity: 2 }, { skuId: foreign.id, quantity: 1 }],
      [{ skuId: b.id, quantity: 2 }],
    ];
    const orders = [];
    for (const [i, s] of shoppers.entries()) {
      const { order } = await submitOrder({ shopperId: s.id, lines: carts[i], idempotencyKey: `live-${i}-order` });
      orders.push(order);
      if (i < 2) await payOrder(s.id, order.id);
    }
    await requestRefund(shoppers[1].id, orders[1].id, { lines: [{ skuId: b.id, quantity: 1 }], reason: "one too many" });
    await new Promise((r) => setTimeout(r, 50)); // the participants are noted just after each commit

    const live = await liveSnapshot(staff, p.id);
    const report = await promotionReport(staff, p.id);
    expect(live.orders).toBe(report.orders);
    expect(live.gmvGross).toBe(report.gmvGross);
    expect(live.gmv).toBe(report.gmv);
    expect(live.cost).toBe(report.discountCost);
    expect(live.payingUsers).toBe(report.payingUsers);
    expect(live.participants).toBe(report.participants);
    expect(live).toMatchObject({ orders: 2, participants: 3, payingUsers: 2 });
    expect(live.budget).toMatchObject({ used: expect.any(Number), limit: 100000 });
    expect(live.gmvGross).toBeLessThan(6000 + 6000 + 5000); // the other shop's ¥90 is not this shop's GMV

    // Redis loses the counters (a restart): the next look fills them again from the orders, once
    const keys = await redis.keys(`live:p:${p.id}*`);
    await redis.del(...keys);
    const again = await liveSnapshot(staff, p.id);
    expect({ orders: again.orders, gmv: again.gmv, gmvGross: again.gmvGross, cost: again.cost, participants: again.participants, payingUsers: again.payingUsers }).toEqual({ orders: live.orders, gmv: live.gmv, gmvGross: live.gmvGross, cost: live.cost, participants: live.participants, payingUsers: live.payingUsers });
    expect((await liveSnapshot(staff, p.id)).orders).toBe(live.orders);
  });

  it("flash attempts per second and their outcomes; the war room shows a shop's own live promotions only", async () => {
    const shop = await makeShop("Flash", 0);
    const sku = await makeSku(shop.id, 9900, { stock: 10 });
    const p = await makePromotion({ shopId: shop.id, type: "FLASH_SALE", rules: { items: [{ skuId: sku.id, flashPrice: 990, stock: 5, perUserLimit: 1 }] }, scope: { skuIds: [sku.id] } });
    const t = Date.now();
    for (let i = 0; i < 7; i++) recordFlashAttempt(p.id, i < 5 ? "WON" : "SOLD_OUT", t);
    recordFlashAttempt(p.id, "SOLD_OUT", t - 1000);
    await flushFlashAttempts();
    const staff = await makeStaff("OPERATOR", shop.id);
    const live = await liveSnapshot(staff, p.id, new Date(t));
    expect(live.attemptsPerSecond.slice(-2)).toEqual([1, 7]);
    expect(live.outcomes).toEqual({ WON: 5, SOLD_OUT: 3 });
    expect(live.stock).toEqual({ left: 5, total: 5 });
    const otherShop = await makeShop("Elsewhere", 0);
    await makePromotion({ shopId: otherShop.id, type: "FULL_REDUCTION", rules: { basis: "AMOUNT", tiers: [{ threshold: 5000, amountOff: 500 }] } });
    const room = await warRoom(staff, new Date(t));
    expect(room.items.map((s) => s.promotion.id)).toEqual([p.id]);
    expect(room.totals.attemptsLast10s).toBe(8);
    await expect(liveSnapshot(await makeStaff("ADMIN", otherShop.id), p.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});
