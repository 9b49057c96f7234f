import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { createPromotion } from "@/lib/promotions/create-promotion";
import { createPromotionBodySchema } from "@/lib/promotions/promotion-schemas";
import { changePromotionStatus } from "@/lib/promotions/promotion-lifecycle";
import { priceCheckout } from "@/lib/checkout/price-checkout";
import { submitOrder } from "@/lib/orders/submit-order";
import { payOrder } from "@/lib/orders/pay-order";
import { assignVariant } from "@/lib/ab/assign-variant";
import { promotionReport } from "@/lib/analytics/promotion-report";
import { clearPricingCache } from "@/lib/checkout/pricing-cache";
import { closeQueues } from "@/lib/jobs/queues";
import { makeShop, makeShopper, makeSku, makeStaff, resetDb } from "./fixtures";

afterAll(closeQueues);
const tiers = (off: number) => ({ basis: "AMOUNT", tiers: [{ threshold: 10000, amountOff: off }] });

describe("A/B tests", () => {
  beforeEach(resetDb);

  it("each shopper is priced with their sticky variant; orders record it; the report compares the arms", async () => {
    const shop = await makeShop("AB", 0);
    const sku = await makeSku(shop.id, 12000);
    const admin = await makeStaff("ADMIN", shop.id);
    const body = { name: "AB 满减", type: "FULL_REDUCTION", shopId: shop.id, startsAt: new Date(Date.now() - 60_000).toISOString(), endsAt: new Date(Date.now() + 86_400_000).toISOString(), scope: { all: true }, rules: tiers(1000) };
    // weights must add up to 100, each arm's rules are checked like the main rules
    const bad = createPromotionBodySchema.safeParse({ ...body, variants: [{ key: "A", weight: 50, rules: tiers(1000) }, { key: "B", weight: 40, rules: { basis: "AMOUNT", tiers: [] } }] });
    expect(bad.success).toBe(false);
    expect(bad.error!.issues.map((i) => i.path.join("."))).toEqual(expect.arrayContaining(["variants", "variants.1.rules.tiers"]));

    const p = await createPromotion(admin, createPromotionBodySchema.parse({ ...body, variants: [{ key: "A", weight: 50, rules: tiers(1000) }, { key: "B", weight: 50, rules: tiers(2000) }] }));
    await changePromotionStatus(admin, p.id, "submit");
    await changePromotionStatus(admin, p.id, "approve");
    clearPricingCache();

    const shoppers = await Promise.all(Array.from({ length: 8 }, () => makeShopper()));
    const arm = (id: string) => assignVariant(p.id, id, [{ key: "A", weight: 50, rules: 0 }, { key: "B", weight: 50, rules: 0 }])!.key;
    for (const s of shoppers) {
      const priced = await priceCheckout({ shopperId: s.id, lines: [{ skuId: sku.id, quantity: 1 }] });
      expect(priced.orderDiscount).toBe(arm(s.id) === "A" ? 1000 : 2000);
      // the same shopper priced again gets the same arm
      expect((await priceCheckout({ shopperId: s.id, lines: [{ skuId: sku.id, quantity: 1 }] })).orderDiscount).toBe(priced.orderDiscount);
    }
    // every A shopper and one B shopper pay
    const aShoppers = shoppers.filter((s) => arm(s.id) === "A");
    const bShoppers = shoppers.filter((s) => arm(s.id) === "B");
    expect(aShoppers.length).toBeGreaterThan(0);
    expect(bShoppers.length).toBeGreaterThan(0);
    for (const s of [...aShoppers, bShoppers[0]]) {
      const { order } = await submitOrder({ shopperId: s.id, idempotencyKey: `ab-${s.id}`, lines: [{ skuId: sku.id, quantity: 1 }] });
      await payOrder(s.id, order.id);
    }
    const parts = await db.promotionParticipation.findMany({ where: { promotionId: p.id } });
    expect(parts.every((x) => x.variantKey === arm(x.shopperId))).toBe(true);

    const r = await promotionReport(admin, p.id);
    expect(r.ab!.arms.map((a) => [a.key, a.payingUsers, a.orders, a.cost, a.gmv])).toEqual([
      ["A", aShoppers.length, aShoppers.length, 1000 * aShoppers.length, 11000 * aShoppers.length],
      ["B", 1, 1, 2000, 10000],
    ]);
    // issue 11 #9: the headline 客单价 is over the promotion's orders, on the arms' basis — the
    // orders-weighted mean of the arms, never a whole-store figure beside them
    const arms = r.ab!.arms;
    expect(arms.map((a) => a.aov)).toEqual([11000, 10000]);
    expect(r.orderAov).toBe(Math.round(arms.reduce((x, a) => x + a.aov! * a.orders, 0) / r.orders));
    expect(r.ab!.basis).toBe("participants");
    expect(r.ab!.test).not.toBeNull();
  });
});
