import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { priceCheckout } from "@/lib/checkout/price-checkout";
import { submitOrder } from "@/lib/orders/submit-order";
import { payOrder } from "@/lib/orders/pay-order";
import { cancelOrder } from "@/lib/orders/cancel-order";
import { closeQueues } from "@/lib/jobs/queues";
import { makeCoupon, makePromotion, makeShop, makeShopper, makeSku, resetDb } from "./fixtures";

afterAll(closeQueues);
const key = () => `key-${Math.random().toString(36).slice(2)}-${Date.now()}`;
const settle = <T>(ps: Promise<T>[]) => Promise.allSettled(ps);

describe("checkout and orders against PostgreSQL and Redis", () => {
  let shopId: string;
  beforeEach(async () => {
    await resetDb();
    shopId = (await makeShop("S", 1000)).id;
  });

  it("prices a cart with the live promotion and stores the same numbers as a ledger", async () => {
    const a = await makeSku(shopId, 10000);
    const b = await makeSku(shopId, 20000);
    await makePromotion({ shopId, type: "FULL_REDUCTION", rules: { basis: "AMOUNT", tiers: [{ threshold: 30000, amountOff: 3000 }] } });
    const shopper = await makeShopper();
    const priced = await priceCheckout({ shopperId: shopper.id, lines: [{ skuId: a.id, quantity: 1 }, { skuId: b.id, quantity: 1 }] });
    expect(priced.orderDiscount).toBe(3000);
    const { order, created } = await submitOrder({ shopperId: shopper.id, idempotencyKey: key(), lines: [{ skuId: a.id, quantity: 1 }, { skuId: b.id, quantity: 1 }] });
    expect(created).toBe(true);
    expect(order.status).toBe("PENDING_PAYMENT");
    expect(order.total).toBe(27000); // free shipping from ¥99
    const lines = await db.orderLine.findMany({ where: { orderId: order.id }, include: { discounts: true }, orderBy: { lineNo: "asc" } });
    expect(lines.map((l) => l.payable)).toEqual([9000, 18000]);
    for (const l of lines) expect(l.listAmount - l.discounts.reduce((s, d) => s + d.amount, 0)).toBe(l.payable);
    expect((await db.sku.findUniqueOrThrow({ where: { id: a.id } })).stock).toBe(999);
  });

  it("the same idempotency key makes one order, even when 10 requests race", async () => {
    const a = await makeSku(shopId, 5000);
    const shopper = await makeShopper();
    const k = key();
    const results = await Promise.all(Array.from({ length: 10 }, () => submitOrder({ shopperId: shopper.id, idempotencyKey: k, lines: [{ skuId: a.id, quantity: 1 }] })));
    expect(new Set(results.map((r) => r.order.id)).size).toBe(1);
    expect(results.filter((r) => r.created)).toHaveLength(1);
    expect(await db.order.count()).toBe(1);
    expect((await db.sku.findUniqueOrThrow({ where: { id: a.id } })).stock).toBe(999);
  });

  it("50 concurrent orders on one coupon: exactly 1 succeeds, 49 are refused with 422", async () => {
    const a = await makeSku(shopId, 5000);
    const shopper = await makeShopper();
    const coupon = await makeCoupon(shopper.id, { shopId, amountOff: 500 });
    const results = await settle(Array.from({ length: 50 }, () => submitOrder({ shopperId: shopper.id, idempotencyKey: key(), lines: [{ skuId: a.id, quantity: 1 }], couponIds: [coupon.id] })));
    const ok = results.filter((r) => r.status === "fulfilled");
    expect(ok).toHaveLength(1);
    for (const r of results.filter((r) => r.status === "rejected")) expect((r as PromiseRejectedResult).reason).toMatchObject({ status: 422, code: "COUPON_UNUSABLE" });
    expect(await db.orderCoupon.count({ where: { userCouponId: coupon.id, released: false } })).toBe(1);
    expect((await db.userCoupon.findUniqueOrThrow({ where: { id: coupon.id } })).state).toBe("LOCKED");
  });

  it("concurrent orders of 12 shoppers never exceed a promotion's budget", async () => {
    const a = await makeSku(shopId, 10000);
    const promo = await makePromotion({ shopId, type: "FULL_REDUCTION", rules: { basis: "AMOUNT", tiers: [{ threshold: 10000, amountOff: 3000 }] }, limits: { budget: 10000 } });
    const shoppers = await Promise.all(Array.from({ length: 12 }, () => makeShopper()));
    const results = await Promise.all(shoppers.map((s) => submitOrder({ shopperId: s.id, idempotencyKey: key(), lines: [{ skuId: a.id, quantity: 1 }] })));
    const discounts = results.map((r) => (r.order.pricing as { orderDiscount: number }).orderDiscount);
    const given = await db.orderDiscount.aggregate({ where: { promotionId: promo.id }, _sum: { amount: true } });
    expect(given._sum.amount).toBe(10000);
    expect(discounts.reduce((x, y) => x + y, 0)).toBe(10000);
    expect(discounts.filter((d) => d === 3000)).toHaveLength(3);
    expect((await db.promotion.findUniqueOrThrow({ where: { id: promo.id } })).budgetUsed).toBe(10000);
  });

  it("a perUser limit of 1 holds under 10 concurrent orders of one shopper", async () => {
    const a = await makeSku(shopId, 10000);
    const promo = await makePromotion({ shopId, type: "DISCOUNT", rules: { percentOff: 20 }, limits: { perUser: 1 } });
    const shopper = await makeShopper();
    const results = await Promise.all(Array.from({ length: 10 }, () => submitOrder({ shopperId: shopper.id, idempotencyKey: key(), lines: [{ skuId: a.id, quantity: 1 }] })));
    expect(results.filter((r) => (r.order.pricing as { itemDiscount: number }).itemDiscount > 0)).toHaveLength(1);
    expect(await db.promotionParticipation.count({ where: { promotionId: promo.id, shopperId: shopper.id } })).toBe(1);
  });

  it("an explicitly chosen unusable coupon is refused with 422 and nothing is written", async () => {
    const a = await makeSku(shopId, 5000);
    const shopper = await makeShopper();
    const coupon = await makeCoupon(shopper.id, { shopId, threshold: 99999 });
    await expect(submitOrder({ shopperId: shopper.id, idempotencyKey: key(), lines: [{ skuId: a.id, quantity: 1 }], couponIds: [coupon.id] })).rejects.toMatchObject({ status: 422, fields: { "couponIds.0": "THRESHOLD_NOT_MET" } });
    expect(await db.order.count()).toBe(0);
  });

  it("cancelling gives back stock, coupon, budget and the per-user participation; paying marks the coupon used", async () => {
    const a = await makeSku(shopId, 10000);
    const promo = await makePromotion({ shopId, type: "FULL_REDUCTION", rules: { basis: "AMOUNT", tiers: [{ threshold: 10000, amountOff: 1000 }] }, limits: { budget: 50000, perUser: 1 } });
    const shopper = await makeShopper({ firstOrderDone: false });
    const coupon = await makeCoupon(shopper.id, { shopId, amountOff: 500 });
    const first = await submitOrder({ shopperId: shopper.id, idempotencyKey: key(), lines: [{ skuId: a.id, quantity: 2 }] });
    expect(first.order.total).toBe(20000 - 1000 - 500);
    await cancelOrder(shopper.id, first.order.id);
    expect((await db.sku.findUniqueOrThrow({ where: { id: a.id } })).stock).toBe(1000);
    expect((await db.userCoupon.findUniqueOrThrow({ where: { id: coupon.id } })).state).toBe("UNUSED");
    expect((await db.promotion.findUniqueOrThrow({ where: { id: promo.id } })).budgetUsed).toBe(0);
    // the per-user limit is free again, so the next order gets the promotion
    const second = await submitOrder({ shopperId: shopper.id, idempotencyKey: key(), lines: [{ skuId: a.id, quantity: 1 }] });
    expect(second.order.total).toBe(10000 - 1000 - 500 + 1000); // ¥85 is below free shipping (¥99): fee ¥10
    const paid = await payOrder(shopper.id, second.order.id);
    expect(paid.status).toBe("PAID");
    expect((await db.userCoupon.findUniqueOrThrow({ where: { id: coupon.id } })).state).toBe("USED");
    expect((await db.shopper.findUniqueOrThrow({ where: { id: shopper.id } })).firstOrderDone).toBe(true);
    await expect(cancelOrder(shopper.id, second.order.id)).rejects.toMatchObject({ status: 409 });
  });

  it("another shopper's order is not found", async () => {
    const a = await makeSku(shopId, 5000);
    const [s1, s2] = [await makeShopper(), await makeShopper()];
    const { order } = await submitOrder({ shopperId: s1.id, idempotencyKey: key(), lines: [{ skuId: a.id, quantity: 1 }] });
    await expect(payOrder(s2.id, order.id)).rejects.toMatchObject({ status: 404 });
  });
});
