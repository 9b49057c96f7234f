import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { createCouponTemplate } from "@/lib/coupons/create-coupon-template";
import { createCampaign } from "@/lib/coupons/create-campaign";
import { createCouponTemplateBodySchema } from "@/lib/coupons/coupon-schemas";
import { claimCoupon } from "@/lib/coupons/claim-coupon";
import { submitOrder } from "@/lib/orders/submit-order";
import { payOrder } from "@/lib/orders/pay-order";
import { campaignReport } from "@/lib/analytics/campaign-report";
import { closeQueues } from "@/lib/jobs/queues";
import { makeShop, makeShopper, makeSku, makeStaff, resetDb } from "./fixtures";

afterAll(closeQueues);

describe("coupon campaign report", () => {
  beforeEach(resetDb);

  it("claims, uses on paid orders, claim → use rate, GMV and the coupons' ledger cost", async () => {
    const shop = await makeShop("C", 0);
    const sku = await makeSku(shop.id, 5000);
    const admin = await makeStaff("ADMIN", shop.id);
    const t = await createCouponTemplate(admin, createCouponTemplateBodySchema.parse({ name: "满80减8", kind: "AMOUNT_OFF", amountOff: 800, threshold: 8000, validDays: 3, stacksWithPromotions: true, totalQuantity: 100 }));
    const c = await createCampaign(admin, { templateId: t.id, claimStartsAt: new Date(Date.now() - 60_000), claimEndsAt: new Date(Date.now() + 86_400_000), audience: {}, totalQuantity: 10, perUserLimit: 1 });
    const shoppers = await Promise.all([makeShopper(), makeShopper(), makeShopper()]);
    const coupons = [];
    for (const s of shoppers) coupons.push((await claimCoupon(s.id, c.id)).coupon);
    const totals: number[] = [];
    for (const [i, s] of shoppers.slice(0, 2).entries()) {
      const { order } = await submitOrder({ shopperId: s.id, idempotencyKey: `camp-${i}-key`, lines: [{ skuId: sku.id, quantity: 2 }], couponIds: [coupons[i].id] });
      await payOrder(s.id, order.id);
      totals.push(order.total);
    }
    const r = await campaignReport(admin, c.id);
    expect(r).toMatchObject({ claimed: 3, claimers: 3, used: 2, orders: 2, gmv: totals[0] + totals[1], cost: 1600, shopCost: 1600, platformCost: 0 });
    expect(totals).toEqual([9200, 9200]);
    expect(r.claimToUse).toBeCloseTo(2 / 3);
    expect(r.roi).toBeCloseTo(18400 / 1600);
    expect(r.days.reduce((a, d) => a + d.claims, 0)).toBe(3);
    expect(r.days.reduce((a, d) => a + d.uses, 0)).toBe(2);
  });
});
