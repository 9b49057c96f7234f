import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { claimMonthlyPack, memberCard, saveLevels, levelsBodySchema } from "@/lib/members/member-levels";
import { priceCheckout } from "@/lib/checkout/price-checkout";
import { submitOrder } from "@/lib/orders/submit-order";
import { payOrder } from "@/lib/orders/pay-order";
import { systemActor } from "@/lib/auth/shopper-scope";
import { closeQueues } from "@/lib/jobs/queues";
import { makeShop, makeShopper, makeSku, makeStaff, resetDb } from "./fixtures";

// Issue 14 #1: levels by growth, rising on payment (never demoted by a refund), free shipping
// priced by the engine, a monthly pack once per shopper per month.

afterAll(closeQueues);

describe("member levels and benefits", () => {
  beforeEach(resetDb);

  it("growth from a paid order lifts the level; the top level ships free at checkout; the monthly pack is one per month however many taps", async () => {
    const admin = await makeStaff("ADMIN", null);
    const tpl = await db.couponTemplate.create({ data: { shopId: null, name: "月礼", kind: "AMOUNT_OFF", amountOff: 1000, threshold: 0, totalQuantity: 100, validDays: 30 } });
    await saveLevels(admin, levelsBodySchema.parse({ levels: [
      { key: "V0", name: "普通", growthMin: 0 },
      { key: "V1", name: "白银", growthMin: 100 },
      { key: "V2", name: "黄金", growthMin: 300, freeShipping: true, packTemplateIds: [tpl.id] },
    ] }));
    const shop = await makeShop("等级店", 800); // ¥8 shipping, free from ¥99
    const sku = await makeSku(shop.id, 20_000);
    const cheap = await makeSku(shop.id, 1_000);
    const s = await makeShopper({ memberLevel: "V0" });
    expect(await memberCard(s.id)).toMatchObject({ level: "V0", next: { key: "V1", need: 100 }, benefits: { freeShipping: false } });
    const before = await priceCheckout({ shopperId: s.id, lines: [{ skuId: cheap.id, quantity: 1 }] });
    expect(before.shippingFee - before.shippingDiscount).toBe(800);

    const { order } = await submitOrder({ shopperId: s.id, idempotencyKey: `lv-${Date.now()}`, lines: [{ skuId: sku.id, quantity: 2 }] });
    await payOrder(systemActor("test"), order.id); // ¥400 of goods → 400 growth
    expect((await db.shopper.findUniqueOrThrow({ where: { id: s.id } })).memberLevel).toBe("V2");
    const after = await priceCheckout({ shopperId: s.id, lines: [{ skuId: cheap.id, quantity: 1 }] });
    expect(after.shippingFee - after.shippingDiscount).toBe(0);
    expect(after.total).toBe(before.total - 800);

    const claims = await Promise.all(Array.from({ length: 10 }, () => claimMonthlyPack(s.id, new Date("2026-12-05T12:00:00+08:00"))));
    expect(claims.filter((c) => !c.already)).toHaveLength(1);
    expect(await db.userCoupon.count({ where: { shopperId: s.id, templateId: tpl.id } })).toBe(1);
    expect(await claimMonthlyPack(s.id, new Date("2027-01-05T12:00:00+08:00"))).toMatchObject({ already: false, coupons: 1 });

    // a shopper the host set to V1 with no growth is not demoted by growth below it
    const vip = await makeShopper({ memberLevel: "V1" });
    const { order: small } = await submitOrder({ shopperId: vip.id, idempotencyKey: `lv2-${Date.now()}`, lines: [{ skuId: cheap.id, quantity: 1 }] });
    await payOrder(systemActor("test"), small.id);
    expect((await db.shopper.findUniqueOrThrow({ where: { id: vip.id } })).memberLevel).toBe("V1");
  });

  it("bad levels: not starting at 0, thresholds not rising, a key twice, a shop template — named, nothing saved", async () => {
    const bad = (levels: unknown[]) => levelsBodySchema.safeParse({ levels }).error?.issues.map((i) => `${i.path.join(".")}: ${i.message}`);
    expect(bad([{ key: "V0", name: "a", growthMin: 10 }])).toEqual(["levels.0.growthMin: the first level starts at 0"]);
    expect(bad([{ key: "V0", name: "a", growthMin: 0 }, { key: "V1", name: "b", growthMin: 0 }])).toEqual(["levels.1.growthMin: must be above the level before"]);
    expect(bad([{ key: "V0", name: "a", growthMin: 0 }, { key: "V0", name: "b", growthMin: 5 }])).toEqual(["levels.1.key: is used twice"]);
    const shopTpl = await db.couponTemplate.create({ data: { shopId: (await makeShop("店")).id, name: "店券", kind: "AMOUNT_OFF", amountOff: 100, threshold: 0, totalQuantity: 10, validDays: 3 } });
    await expect(saveLevels(await makeStaff("ADMIN", null), levelsBodySchema.parse({ levels: [{ key: "V0", name: "a", growthMin: 0, packTemplateIds: [shopTpl.id] }] }))).rejects.toMatchObject({ fields: { "levels.0.packTemplateIds.0": "no such platform coupon template" } });
    expect(await db.memberLevel.count()).toBe(0);
  });
});
