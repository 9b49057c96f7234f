import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { submitOrder } from "@/lib/orders/submit-order";
import { payOrder } from "@/lib/orders/pay-order";
import { refundOrder } from "@/lib/orders/refund-order";
import { cancelExpiredOrders, startOrderTimeoutWorker } from "@/lib/orders/order-timeout";
import { closeQueues } from "@/lib/jobs/queues";
import { makeCoupon, makePromotion, makeShop, makeShopper, makeSku, resetDb } from "./fixtures";

afterAll(closeQueues);
const key = () => `key-${Math.random().toString(36).slice(2)}-${Date.now()}`;

describe("refunds", () => {
  let shopId: string;
  beforeEach(async () => {
    await resetDb();
    shopId = (await makeShop("S", 1000)).id;
  });

  async function paidOrder(lines: { skuId: string; quantity: number }[], shopperId?: string, couponIds?: string[]) {
    const shopper = shopperId ?? (await makeShopper()).id;
    const { order } = await submitOrder({ shopperId: shopper, idempotencyKey: key(), lines, couponIds });
    await payOrder(shopper, order.id);
    return { order, shopperId: shopper };
  }

  it("partial refunds of every unit add up exactly to what was paid (goods + shipping on the last)", async () => {
    // ¥33.33 × 3 and ¥10.01 × 1 with ¥10 off 满减 → odd allocations; shipping ¥10 (below ¥99 after discount? no: 109.99 − 10 = 99.99 ≥ 99 → free)
    const a = await makeSku(shopId, 3333);
    const b = await makeSku(shopId, 1001);
    await makePromotion({ shopId, type: "FULL_REDUCTION", rules: { basis: "AMOUNT", tiers: [{ threshold: 5000, amountOff: 777 }] } });
    const { order, shopperId } = await paidOrder([{ skuId: a.id, quantity: 3 }, { skuId: b.id, quantity: 1 }]);
    const parts = [];
    for (const [skuId, q] of [[a.id, 1], [a.id, 1], [b.id, 1], [a.id, 1]] as const) parts.push((await refundOrder(shopperId, order.id, { lines: [{ skuId, quantity: q }] })).refund.amount);
    expect(parts.reduce((x, y) => x + y, 0)).toBe(order.total);
    const after = await db.order.findUniqueOrThrow({ where: { id: order.id } });
    expect(after.status).toBe("REFUNDED");
    expect(after.refundedAmount).toBe(order.total);
  });

  it("one refund is the ledger's allocated payable per unit; shipping only comes back with the full refund", async () => {
    const a = await makeSku(shopId, 3000);
    const { order, shopperId } = await paidOrder([{ skuId: a.id, quantity: 3 }]); // ¥90 < ¥99: shipping ¥10 charged
    expect(order.total).toBe(10000);
    const first = await refundOrder(shopperId, order.id, { lines: [{ skuId: a.id, quantity: 2 }] });
    expect(first.refund.amount).toBe(6000);
    const last = await refundOrder(shopperId, order.id, { lines: [{ skuId: a.id, quantity: 1 }] });
    expect(last.refund).toMatchObject({ amount: 3000 + 1000, shippingAmount: 1000 });
  });

  it("refunding more units than bought is refused with 422 and changes nothing", async () => {
    const a = await makeSku(shopId, 5000);
    const { order, shopperId } = await paidOrder([{ skuId: a.id, quantity: 2 }]);
    await refundOrder(shopperId, order.id, { lines: [{ skuId: a.id, quantity: 1 }] });
    await expect(refundOrder(shopperId, order.id, { lines: [{ skuId: a.id, quantity: 2 }] })).rejects.toMatchObject({ status: 422, fields: { "lines.0.quantity": "more than bought and not yet refunded" } });
    expect(await db.refund.count({ where: { orderId: order.id } })).toBe(1);
    const line = await db.orderLine.findFirstOrThrow({ where: { orderId: order.id } });
    expect(line.refundedQuantity).toBe(1);
  });

  it("concurrent refunds of the last unit: one wins, the other is refused", async () => {
    const a = await makeSku(shopId, 5000);
    const { order, shopperId } = await paidOrder([{ skuId: a.id, quantity: 1 }]);
    const results = await Promise.allSettled([1, 2, 3].map(() => refundOrder(shopperId, order.id, { lines: [{ skuId: a.id, quantity: 1 }] })));
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
  });

  it("a full refund returns a still-valid coupon; a partial refund keeps it used while the rest meets the threshold", async () => {
    const a = await makeSku(shopId, 5000);
    const shopper = await makeShopper();
    const c1 = await makeCoupon(shopper.id, { shopId, amountOff: 1000, threshold: 8000 });
    const o1 = await paidOrder([{ skuId: a.id, quantity: 3 }], shopper.id, [c1.id]);
    // keep 2 × ¥50 = ¥100 ≥ ¥80 → the coupon stays used
    const partial = await refundOrder(shopper.id, o1.order.id, { lines: [{ skuId: a.id, quantity: 1 }] });
    expect(partial.refund.couponsReturned).toEqual([]);
    // keeping 1 × ¥50 < ¥80 → the coupon comes back
    const second = await refundOrder(shopper.id, o1.order.id, { lines: [{ skuId: a.id, quantity: 1 }] });
    expect(second.refund.couponsReturned).toEqual([c1.id]);
    expect((await db.userCoupon.findUniqueOrThrow({ where: { id: c1.id } })).state).toBe("UNUSED");
  });

  it("an expired coupon is not returned by a full refund", async () => {
    const a = await makeSku(shopId, 5000);
    const shopper = await makeShopper();
    const c = await makeCoupon(shopper.id, { shopId, amountOff: 500, validTo: new Date(Date.now() + 60_000) });
    const { order } = await paidOrder([{ skuId: a.id, quantity: 1 }], shopper.id, [c.id]);
    await db.userCoupon.update({ where: { id: c.id }, data: { validTo: new Date(Date.now() - 1000) } });
    const r = await refundOrder(shopper.id, order.id, { lines: [{ skuId: a.id, quantity: 1 }] });
    expect(r.refund.couponsReturned).toEqual([]);
    expect((await db.userCoupon.findUniqueOrThrow({ where: { id: c.id } })).state).toBe("USED");
  });

  it("coupons the order earned are taken back: unused ones reclaimed, a used one deducted", async () => {
    const a = await makeSku(shopId, 5000);
    const shopper = await makeShopper();
    const { order } = await paidOrder([{ skuId: a.id, quantity: 2 }], shopper.id);
    const unused = await makeCoupon(shopper.id, { shopId, amountOff: 300 });
    const used = await makeCoupon(shopper.id, { shopId, amountOff: 200 });
    await db.userCoupon.update({ where: { id: unused.id }, data: { source: "EARNED", earnedFromOrderId: order.id } });
    await db.userCoupon.update({ where: { id: used.id }, data: { source: "EARNED", earnedFromOrderId: order.id, state: "USED" } });
    const r = await refundOrder(shopper.id, order.id, { lines: [{ skuId: a.id, quantity: 2 }] });
    expect(r.refund.couponsReclaimed.sort()).toEqual([unused.id, used.id].sort());
    expect(r.refund.deductedAmount).toBe(200);
    expect(r.refund.amount).toBe(order.total - 200);
    expect((await db.userCoupon.findUniqueOrThrow({ where: { id: unused.id } })).state).toBe("EXPIRED");
  });

  it("an unpaid order cannot be refunded (409)", async () => {
    const a = await makeSku(shopId, 5000);
    const shopper = await makeShopper();
    const { order } = await submitOrder({ shopperId: shopper.id, idempotencyKey: key(), lines: [{ skuId: a.id, quantity: 1 }] });
    await expect(refundOrder(shopper.id, order.id, { lines: [{ skuId: a.id, quantity: 1 }] })).rejects.toMatchObject({ status: 409 });
  });
});

describe("unpaid order timeout", () => {
  beforeEach(resetDb);

  it("the sweep cancels overdue unpaid orders and gives their coupon back", async () => {
    const shopId = (await makeShop("S")).id;
    const a = await makeSku(shopId, 5000);
    const shopper = await makeShopper();
    const c = await makeCoupon(shopper.id, { shopId, amountOff: 500 });
    const { order } = await submitOrder({ shopperId: shopper.id, idempotencyKey: key(), lines: [{ skuId: a.id, quantity: 1 }], couponIds: [c.id] });
    expect(await cancelExpiredOrders(new Date())).toBe(0);
    expect(await cancelExpiredOrders(new Date(Date.now() + 31 * 60_000))).toBe(1);
    expect((await db.order.findUniqueOrThrow({ where: { id: order.id } })).cancelReason).toBe("TIMEOUT");
    expect((await db.userCoupon.findUniqueOrThrow({ where: { id: c.id } })).state).toBe("UNUSED");
    expect((await db.sku.findUniqueOrThrow({ where: { id: a.id } })).stock).toBe(1000);
  });

  it("the BullMQ worker cancels an order when its delayed job comes due", async () => {
    const shopId = (await makeShop("S")).id;
    const a = await makeSku(shopId, 5000);
    const shopper = await makeShopper();
    const worker = startOrderTimeoutWorker();
    try {
      // placed "31 minutes ago": its timeout job is due at once
      const { order } = await submitOrder({ shopperId: shopper.id, idempotencyKey: key(), lines: [{ skuId: a.id, quantity: 1 }] }, new Date(Date.now() - 31 * 60_000));
      let status = "PENDING_PAYMENT";
      for (let i = 0; i < 50 && status === "PENDING_PAYMENT"; i++) {
        await new Promise((r) => setTimeout(r, 200));
        status = (await db.order.findUniqueOrThrow({ where: { id: order.id } })).status;
      }
      expect(status).toBe("CANCELLED");
    } finally {
      await worker.close();
    }
  });
});
