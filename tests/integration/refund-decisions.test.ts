import { afterAll, beforeEach, describe, expect, it } from "vitest";
import fc from "fast-check";
import { db } from "@/lib/db/client";
import { submitOrder } from "@/lib/orders/submit-order";
import { payOrder } from "@/lib/orders/pay-order";
import { approveRefund, quoteRefund, rejectRefund, requestRefund } from "@/lib/orders/refund-order";
import { closeQueues } from "@/lib/jobs/queues";
import { makeCoupon, makePromotion, makeShop, makeShopper, makeSku, makeStaff, resetDb } from "./fixtures";

// SPEC §6, second round: fair partial refunds (lost thresholds and gifts, line by line), points and
// growth reversed in proportion, and the shop's decision (auto-approval below an amount).

afterAll(closeQueues);
const key = () => `key-${Math.random().toString(36).slice(2)}-${Date.now()}`;
const R = "不想要了";

async function paid(shopperId: string, lines: { skuId: string; quantity: number }[], couponIds?: string[]) {
  const { order } = await submitOrder({ shopperId, idempotencyKey: key(), lines, couponIds });
  await payOrder(shopperId, order.id);
  return order;
}
const ledgerSum = async (shopperId: string) => (await db.pointsEntry.aggregate({ where: { shopperId }, _sum: { amount: true } }))._sum.amount ?? 0;

describe("fair partial refunds", () => {
  beforeEach(resetDb);

  it("满减 no longer reached by the kept units: the kept units' share comes off the refund, and comes back with the rest", async () => {
    const shop = await makeShop("S", 0);
    const a = await makeSku(shop.id, 6000);
    await makePromotion({ shopId: shop.id, type: "FULL_REDUCTION", rules: { basis: "AMOUNT", tiers: [{ threshold: 10000, amountOff: 2000 }] } });
    const s = await makeShopper();
    const order = await paid(s.id, [{ skuId: a.id, quantity: 2 }]); // ¥120 − ¥20 = ¥100
    expect(order.total).toBe(10000);
    const quote = await quoteRefund(s.id, order.id, { lines: [{ skuId: a.id, quantity: 1 }] });
    // the returned unit paid ¥50; the kept ¥60 unit no longer reaches ¥100, so its ¥10 share of the ¥20 off is taken back
    expect(quote.deductions).toEqual([expect.objectContaining({ kind: "PROMOTION", type: "FULL_REDUCTION", amount: 1000 })]);
    expect(quote.amount).toBe(4000);
    const first = (await requestRefund(s.id, order.id, { lines: [{ skuId: a.id, quantity: 1 }], reason: R })).refund;
    expect(first).toMatchObject({ status: "APPROVED", amount: 4000, deductedAmount: 1000 });
    const last = (await requestRefund(s.id, order.id, { lines: [{ skuId: a.id, quantity: 1 }], reason: R })).refund;
    expect(last.deductions).toEqual([expect.objectContaining({ amount: -1000 })]);
    expect(first.amount + last.amount).toBe(order.total);
    expect((await db.order.findUniqueOrThrow({ where: { id: order.id } })).status).toBe("REFUNDED");
  });

  it("满赠 tier lost: refund only deducts the gift's value; return and refund sends the gift back", async () => {
    const shop = await makeShop("S", 0);
    const a = await makeSku(shop.id, 5000);
    const gift = await makeSku(shop.id, 1500, { stock: 10 });
    const promo = await makePromotion({ shopId: shop.id, type: "GIFT", scope: { skuIds: [a.id] }, rules: { basis: "AMOUNT", tiers: [{ threshold: 10000, gifts: [{ skuId: gift.id, quantity: 1 }] }] } });
    const s = await makeShopper();
    const order = await paid(s.id, [{ skuId: a.id, quantity: 2 }]);
    const only = await quoteRefund(s.id, order.id, { lines: [{ skuId: a.id, quantity: 1 }], type: "REFUND_ONLY" });
    expect(only.deductions).toEqual([expect.objectContaining({ kind: "GIFT", id: promo.id, amount: 1500 })]);
    expect(only).toMatchObject({ amount: 3500, giftsReturned: [] });
    const back = await quoteRefund(s.id, order.id, { lines: [{ skuId: a.id, quantity: 1 }], type: "RETURN_AND_REFUND" });
    expect(back).toMatchObject({ amount: 5000, deductions: [], giftsReturned: [{ skuId: gift.id, quantity: 1 }] });
    const stock = (await db.sku.findUniqueOrThrow({ where: { id: gift.id } })).stock;
    await requestRefund(s.id, order.id, { lines: [{ skuId: a.id, quantity: 1 }], type: "RETURN_AND_REFUND", reason: R });
    const giftLine = await db.orderLine.findFirstOrThrow({ where: { orderId: order.id, gift: true } });
    expect(giftLine.refundedQuantity).toBe(1);
    expect((await db.sku.findUniqueOrThrow({ where: { id: gift.id } })).stock).toBe(stock + 1);
  });

  it("a coupon's threshold lost: the kept share is deducted and the coupon comes back", async () => {
    const shop = await makeShop("S", 0);
    const a = await makeSku(shop.id, 4000);
    const s = await makeShopper();
    const c = await makeCoupon(s.id, { shopId: shop.id, amountOff: 1000, threshold: 8000 });
    const order = await paid(s.id, [{ skuId: a.id, quantity: 2 }], [c.id]); // ¥80 − ¥10
    const r = (await requestRefund(s.id, order.id, { lines: [{ skuId: a.id, quantity: 1 }], reason: R })).refund;
    expect(r.deductions).toEqual([expect.objectContaining({ kind: "COUPON", id: c.id, amount: 500 })]);
    expect(r.amount).toBe(3500 - 500);
    expect(r.couponsReturned).toEqual([c.id]);
    expect((await db.userCoupon.findUniqueOrThrow({ where: { id: c.id } })).state).toBe("UNUSED");
  });

  it("property: whatever the order of partial refunds, they add up to the order's total and the points ledger to zero", async () => {
    const shop = await makeShop("S", 800);
    const skus = await Promise.all([makeSku(shop.id, 3333), makeSku(shop.id, 1999), makeSku(shop.id, 7350)]);
    await makePromotion({ shopId: shop.id, type: "FULL_REDUCTION", rules: { basis: "AMOUNT", tiers: [{ threshold: 9000, amountOff: 1100 }, { threshold: 20000, amountOff: 3000 }] } });
    await makePromotion({ shopId: shop.id, type: "NTH_ITEM", scope: { skuIds: [skus[1].id] }, rules: { n: 2, percentOff: 50 } });
    await fc.assert(
      fc.asyncProperty(fc.array(fc.integer({ min: 0, max: 3 }), { minLength: 3, maxLength: 3 }), fc.array(fc.nat(), { minLength: 12, maxLength: 12 }), async (qty, order) => {
        const lines = skus.map((k, i) => ({ skuId: k.id, quantity: qty[i] })).filter((l) => l.quantity > 0);
        if (!lines.length) return;
        const s = await makeShopper();
        const o = await paid(s.id, lines);
        const units = lines.flatMap((l) => Array.from({ length: l.quantity }, () => l.skuId));
        const sequence = units.map((u, i) => ({ u, k: order[i] })).sort((x, y) => x.k - y.k).map((x) => x.u);
        let sum = 0;
        for (const skuId of sequence) sum += (await requestRefund(s.id, o.id, { lines: [{ skuId, quantity: 1 }], reason: R })).refund.amount;
        expect(sum).toBe(o.total);
        expect(await ledgerSum(s.id)).toBe(0);
        expect((await db.shopper.findUniqueOrThrow({ where: { id: s.id } })).points).toBe(0);
      }),
      { numRuns: 12 },
    );
  });
});

describe("points and growth", () => {
  beforeEach(resetDb);

  it("payment earns 1 point and 1 growth per yuan of goods through the ledger; refunds take back in proportion", async () => {
    const shop = await makeShop("S", 1000);
    const a = await makeSku(shop.id, 25000);
    const s = await makeShopper();
    const order = await paid(s.id, [{ skuId: a.id, quantity: 4 }]); // ¥1,000 of goods
    expect(await db.pointsEntry.findMany({ where: { shopperId: s.id } })).toEqual([expect.objectContaining({ amount: 1000, reason: "ORDER", sourceId: order.id })]);
    await payOrder(s.id, order.id); // a second payment call earns nothing more
    expect((await db.shopper.findUniqueOrThrow({ where: { id: s.id } })).points).toBe(1000);
    const r = (await requestRefund(s.id, order.id, { lines: [{ skuId: a.id, quantity: 1 }], reason: R })).refund;
    expect(r).toMatchObject({ pointsReversed: 250, growthReversed: 250 });
    const me = await db.shopper.findUniqueOrThrow({ where: { id: s.id } });
    expect(me).toMatchObject({ points: 750, growth: 750 });
    expect(await ledgerSum(s.id)).toBe(me.points);
  });
});

describe("the shop's decision", () => {
  beforeEach(resetDb);

  async function setup() {
    const shop = await makeShop("S", 0, { refundAutoApproveBelow: 10000 });
    const other = await makeShop("O", 0);
    const a = await makeSku(shop.id, 30000);
    const s = await makeShopper();
    const order = await paid(s.id, [{ skuId: a.id, quantity: 2 }]);
    return { shop, other, a, s, order };
  }

  it("below the shop's amount a refund is approved at once; above it waits and nothing moves until approved", async () => {
    const shop = await makeShop("S", 0, { refundAutoApproveBelow: 10000 });
    const small = await makeSku(shop.id, 5000);
    const s = await makeShopper();
    const o1 = await paid(s.id, [{ skuId: small.id, quantity: 1 }]);
    expect((await requestRefund(s.id, o1.id, { lines: [{ skuId: small.id, quantity: 1 }], reason: R })).refund.status).toBe("APPROVED");

    const { order, a, s: s2, shop: shop2 } = await setup();
    const { refund } = await requestRefund(s2.id, order.id, { lines: [{ skuId: a.id, quantity: 1 }], reason: R, type: "RETURN_AND_REFUND" });
    expect(refund).toMatchObject({ status: "PENDING", amount: 30000, type: "RETURN_AND_REFUND", reason: R });
    expect(await db.order.findUniqueOrThrow({ where: { id: order.id } })).toMatchObject({ refundedAmount: 0, status: "PAID" });
    expect((await db.orderLine.findFirstOrThrow({ where: { orderId: order.id } })).refundedQuantity).toBe(0);
    // the pending unit cannot be asked for twice
    await expect(requestRefund(s2.id, order.id, { lines: [{ skuId: a.id, quantity: 2 }], reason: R })).rejects.toMatchObject({ code: "OVER_REFUND" });

    const operator = await makeStaff("OPERATOR", shop2.id);
    const approved = await approveRefund(operator, refund.id);
    expect(approved).toMatchObject({ status: "APPROVED", amount: 30000 });
    expect(await approveRefund(operator, refund.id)).toMatchObject({ status: "APPROVED" }); // twice is once
    expect(await db.order.findUniqueOrThrow({ where: { id: order.id } })).toMatchObject({ refundedAmount: 30000 });
    expect(await db.auditLog.count({ where: { entity: "refund", entityId: refund.id } })).toBe(1);
  });

  it("a refused refund moves nothing and frees its units; other shops' staff cannot see it; concurrent approvals pay once", async () => {
    const { order, a, s, shop, other } = await setup();
    const { refund } = await requestRefund(s.id, order.id, { lines: [{ skuId: a.id, quantity: 2 }], reason: R });
    await expect(approveRefund(await makeStaff("ADMIN", other.id), refund.id)).rejects.toMatchObject({ status: 404 });
    await expect(rejectRefund(await makeStaff("OPERATOR", other.id), refund.id, "no")).rejects.toMatchObject({ status: 404 });
    const rejected = await rejectRefund(await makeStaff("OPERATOR", shop.id), refund.id, "商品已使用");
    expect(rejected).toMatchObject({ status: "REJECTED", decisionReason: "商品已使用" });
    await expect(approveRefund(await makeStaff("ADMIN", null), refund.id)).rejects.toMatchObject({ code: "INVALID_STATE" });
    expect((await db.order.findUniqueOrThrow({ where: { id: order.id } })).refundedAmount).toBe(0);

    const again = (await requestRefund(s.id, order.id, { lines: [{ skuId: a.id, quantity: 2 }], reason: R })).refund;
    const platform = await makeStaff("ADMIN", null);
    const results = await Promise.allSettled(Array.from({ length: 6 }, () => approveRefund(platform, again.id)));
    expect(results.every((r) => r.status === "fulfilled")).toBe(true);
    const after = await db.order.findUniqueOrThrow({ where: { id: order.id } });
    expect(after).toMatchObject({ refundedAmount: order.total, status: "REFUNDED" });
    expect(await db.analyticsEvent.count({ where: { type: "REFUND", orderId: order.id } })).toBe(1);
  });
});
