import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { submitOrder } from "@/lib/orders/submit-order";
import { payOrder } from "@/lib/orders/pay-order";
import { quoteRefund, refundOrder } from "@/lib/orders/refund-order";
import { shopperOffers } from "@/lib/catalogue/shopper-offers";
import { clearPricingCache } from "@/lib/checkout/pricing-cache";
import { closeQueues } from "@/lib/jobs/queues";
import { makeCoupon, makePromotion, makeShop, makeShopper, makeSku, resetDb } from "./fixtures";

afterAll(closeQueues);
const key = () => `key-${Math.random().toString(36).slice(2)}-${Date.now()}`;

describe("到手价 and refund quotes", () => {
  let shopId: string;
  beforeEach(async () => {
    await resetDb();
    clearPricingCache();
    shopId = (await makeShop("S", 1000)).id;
  });

  it("到手价 uses the best held coupon and a claimable one as if claimed; a visitor holds none but may claim", async () => {
    const sku = await makeSku(shopId, 10000);
    await makePromotion({ shopId, type: "DISCOUNT", rules: { percentOff: 10 }, scope: { skuIds: [sku.id] } }); // ¥100 → ¥90
    const shopper = await makeShopper();
    const held = await makeCoupon(shopper.id, { shopId, amountOff: 500, threshold: 5000 }); // −¥5
    const template = await db.couponTemplate.create({ data: { shopId, name: "claim me", kind: "AMOUNT_OFF", amountOff: 300, threshold: 0, totalQuantity: 10, platformShare: 0, shopShare: 100, validDays: 3 } });
    const campaign = await db.couponCampaign.create({ data: { templateId: template.id, shopId, claimStartsAt: new Date(Date.now() - 60_000), claimEndsAt: new Date(Date.now() + 86_400_000), totalQuantity: 10, perUserLimit: 1, positions: ["coupon-center"] } });

    const mine = await shopperOffers(shopper.id, [sku.id]);
    // a shop stacks one coupon per order: the ¥5 one it holds beats claiming the ¥3 one
    expect(mine.deals[sku.id]).toMatchObject({ listPrice: 10000, price: 8500, couponIds: [held.id], claimCampaignIds: [] });
    expect(mine.labels[sku.id].map((l) => l.type)).toEqual(["DISCOUNT"]);
    expect(mine.claimable.map((c) => c.campaignId)).toEqual([campaign.id]);

    const other = await makeShopper();
    expect((await shopperOffers(other.id, [sku.id])).deals[sku.id]).toMatchObject({ price: 8700, claimCampaignIds: [campaign.id] });
    expect((await shopperOffers(null, [sku.id])).deals[sku.id]).toMatchObject({ price: 8700, couponIds: [] });
  });

  it("a returning shopper neither gets nor sees a new-user offer", async () => {
    const sku = await makeSku(shopId, 12900);
    const p = await makePromotion({ shopId, type: "DISCOUNT", rules: { items: [{ skuId: sku.id, specialPrice: 9900 }] }, scope: { skuIds: [sku.id] } });
    await db.promotion.update({ where: { id: p.id }, data: { audience: { newUsersOnly: true } } });
    const fresh = await shopperOffers((await makeShopper({ firstOrderDone: false })).id, [sku.id]);
    const back = await shopperOffers((await makeShopper({ firstOrderDone: true })).id, [sku.id]);
    expect([fresh.deals[sku.id].price, back.deals[sku.id].price]).toEqual([9900, 12900]);
    expect([fresh.labels[sku.id].length, back.labels[sku.id].length]).toEqual([1, 0]);
  });

  it("a refund quote equals the refund that follows and changes nothing itself", async () => {
    const a = await makeSku(shopId, 3333);
    await makePromotion({ shopId, type: "FULL_REDUCTION", rules: { basis: "AMOUNT", tiers: [{ threshold: 5000, amountOff: 777 }] } });
    const shopper = await makeShopper();
    const coupon = await makeCoupon(shopper.id, { shopId, amountOff: 500, threshold: 9000 });
    const { order } = await submitOrder({ shopperId: shopper.id, idempotencyKey: key(), lines: [{ skuId: a.id, quantity: 3 }], couponIds: [coupon.id] });
    await payOrder(shopper.id, order.id);
    const body = { lines: [{ skuId: a.id, quantity: 1 }] };
    const quote = await quoteRefund(shopper.id, order.id, body);
    expect(await db.refund.count()).toBe(0);
    expect((await db.orderLine.findFirstOrThrow({ where: { orderId: order.id } })).refundedQuantity).toBe(0);
    expect((await db.userCoupon.findUniqueOrThrow({ where: { id: coupon.id } })).state).toBe("USED");
    // 2 of 3 units left (≈ ¥66) no longer meet the coupon's ¥90 threshold: it comes back
    expect(quote.couponsReturned).toEqual([coupon.id]);
    const done = await refundOrder(shopper.id, order.id, body);
    expect(done.refund).toMatchObject({ amount: quote.amount, couponsReturned: quote.couponsReturned, shippingAmount: quote.shippingAmount });
  });
});
