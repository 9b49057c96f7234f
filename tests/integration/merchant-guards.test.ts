import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { closeQueues } from "@/lib/jobs/queues";
import { createPromotion } from "@/lib/promotions/create-promotion";
import { updatePromotion } from "@/lib/promotions/update-promotion";
import { changePromotionStatus } from "@/lib/promotions/promotion-lifecycle";
import { createPromotionBodySchema } from "@/lib/promotions/promotion-schemas";
import { createCouponTemplateBodySchema } from "@/lib/coupons/coupon-schemas";
import { makePromotion, makeShop, makeSku, makeStaff, resetDb } from "./fixtures";

// Issue 11, defects 2 and 6: contradictions a merchant would regret are refused beside the field;
// same-type overlaps are listed with links and need an acknowledgement.

afterAll(closeQueues);
const hour = 3_600_000;
const window = (fromH: number, toH: number) => ({ startsAt: new Date(Date.now() + fromH * hour).toISOString(), endsAt: new Date(Date.now() + toH * hour).toISOString() });
const body = (o: Record<string, unknown>) => createPromotionBodySchema.parse({ name: "P", audience: {}, limits: {}, stacking: {}, ...window(1, 48), ...o });

describe("validation a merchant would regret", () => {
  beforeEach(resetDb);

  it("a discount must be less than its threshold (满减 tiers, 每满, coupons)", () => {
    const tier = createPromotionBodySchema.safeParse({ name: "x", type: "FULL_REDUCTION", ...window(1, 2), audience: {}, scope: { all: true }, limits: {}, stacking: {}, rules: { basis: "AMOUNT", tiers: [{ threshold: 10000, amountOff: 10000 }] } });
    expect(tier.success).toBe(false);
    expect(tier.error!.issues[0]).toMatchObject({ path: ["rules", "tiers", "0", "amountOff"], message: "must be less than the threshold" });
    const repeat = createPromotionBodySchema.safeParse({ name: "x", type: "FULL_REDUCTION", ...window(1, 2), audience: {}, scope: { all: true }, limits: {}, stacking: {}, rules: { basis: "AMOUNT", repeat: true, threshold: 5000, amountOff: 6000 } });
    expect(repeat.error!.issues[0]).toMatchObject({ path: ["rules", "amountOff"] });
    const coupon = createCouponTemplateBodySchema.safeParse({ name: "¥500 off ¥100", kind: "AMOUNT_OFF", amountOff: 50000, threshold: 10000, scope: { all: true }, audience: {}, validDays: 7, stacksWithPromotions: true, totalQuantity: 10 });
    expect(coupon.error!.issues[0]).toMatchObject({ path: ["amountOff"], message: "must be less than the threshold" });
    // a no-threshold coupon (无门槛) is fine
    expect(createCouponTemplateBodySchema.safeParse({ name: "¥5 无门槛", kind: "AMOUNT_OFF", amountOff: 500, threshold: 0, scope: { all: true }, audience: {}, validDays: 7, stacksWithPromotions: true, totalQuantity: 10 }).success).toBe(true);
  });

  it("a flash or group price at or above the list price is refused beside the field; below the floor needs an acknowledgement", async () => {
    const shop = await makeShop("S");
    const admin = await makeStaff("ADMIN", shop.id);
    const sku = await makeSku(shop.id, 7900, { floorPrice: 5000 });
    const flash = (price: number, ack?: boolean) => body({ type: "FLASH_SALE", scope: { skuIds: [sku.id] }, rules: { items: [{ skuId: sku.id, flashPrice: price, stock: 5, perUserLimit: 1 }] }, acknowledgeFloorWarnings: ack });
    await expect(createPromotion(admin, flash(50000))).rejects.toMatchObject({ code: "VALIDATION_FAILED", fields: { "rules.items.0.flashPrice": "must be below the list price (¥79.00)" } });
    await expect(createPromotion(admin, body({ type: "GROUP_BUY", scope: { skuIds: [sku.id] }, rules: { items: [{ skuId: sku.id, groupPrice: 7900 }], groupSize: 2, timeLimitMinutes: 60 } }))).rejects.toMatchObject({ fields: { "rules.items.0.groupPrice": expect.stringContaining("below the list price") } });
    await expect(createPromotion(admin, flash(3900))).rejects.toMatchObject({ code: "FLOOR_PRICE_WARNING", fields: { "rules.items.0.flashPrice": "below the floor price (¥50.00): shoppers will pay ¥50.00" } });
    expect(await db.promotion.count()).toBe(0);
    expect((await createPromotion(admin, flash(3900, true))).status).toBe("DRAFT");
  });
});

describe("same-type overlaps", () => {
  beforeEach(resetDb);

  it("are listed with links; the form is refused until acknowledged, the API saves and asks at submit; other types do not block; other shops do not count", async () => {
    const shop = await makeShop("S");
    const other = await makeShop("O");
    const admin = await makeStaff("ADMIN", shop.id);
    const mouse = await makeSku(shop.id, 9900);
    const live = await makePromotion({ shopId: shop.id, type: "NTH_ITEM", scope: { skuIds: [mouse.id] }, rules: { n: 2, percentOff: 50 } });
    const reduction = await makePromotion({ shopId: shop.id, type: "FULL_REDUCTION", scope: { all: true }, rules: { basis: "AMOUNT", tiers: [{ threshold: 10000, amountOff: 1000 }] } });
    await makePromotion({ shopId: other.id, type: "NTH_ITEM", scope: { all: true }, rules: { n: 2, percentOff: 50 } });
    const draft = body({ type: "NTH_ITEM", scope: { skuIds: [mouse.id] }, rules: { n: 2, percentOff: 40 } });

    // through the API the draft is saved with the list; submitting it asks for the acknowledgement
    const viaApi = await createPromotion(admin, { ...draft, name: "API" });
    expect(viaApi.overlaps.map((o) => o.id)).toEqual([live.id, reduction.id]);
    await expect(changePromotionStatus(admin, viaApi.id, "submit")).rejects.toMatchObject({ code: "OVERLAP_WARNING" });
    await expect(changePromotionStatus(admin, viaApi.id, "submit", undefined, new Date(), { acknowledgeOverlaps: true })).resolves.toMatchObject({ status: "PENDING_REVIEW" });

    const refused = await createPromotion(admin, draft, { askFirst: true }).catch((e) => e);
    expect(refused).toMatchObject({ code: "OVERLAP_WARNING", status: 422 });
    expect(refused.details.overlaps).toEqual([
      expect.objectContaining({ id: live.id, sameType: true, href: `/admin/promotions/${live.id}` }),
      expect.objectContaining({ id: reduction.id, sameType: false }),
    ]);
    expect(await db.promotion.count({ where: { name: "P" } })).toBe(0);

    const saved = await createPromotion(admin, { ...draft, acknowledgeOverlaps: true }, { askFirst: true });
    expect(saved.overlaps.map((o) => o.id)).toEqual([live.id, reduction.id]);
    // editing it again, or submitting it, does not ask again for what was acknowledged
    await updatePromotion(admin, saved.id, { name: "P2" }, { askFirst: true });
    await expect(changePromotionStatus(admin, saved.id, "submit")).resolves.toMatchObject({ status: "PENDING_REVIEW" });

    // a different window does not overlap
    const later = await createPromotion(admin, body({ type: "NTH_ITEM", scope: { skuIds: [mouse.id] }, rules: { n: 3, percentOff: 30 }, startsAt: new Date(Date.now() + 30 * 86_400_000).toISOString(), endsAt: new Date(Date.now() + 31 * 86_400_000).toISOString() }));
    expect(later.overlaps).toEqual([]);
  });

  it("a same-type promotion that goes live after the draft was saved is asked about at submit", async () => {
    const shop = await makeShop("S");
    const admin = await makeStaff("ADMIN", shop.id);
    const sku = await makeSku(shop.id, 9900);
    const draft = await createPromotion(admin, body({ type: "FULL_REDUCTION", scope: { skuIds: [sku.id] }, rules: { basis: "AMOUNT", tiers: [{ threshold: 20000, amountOff: 2000 }] } }));
    const rival = await makePromotion({ shopId: shop.id, type: "FULL_REDUCTION", status: "SCHEDULED", startsAt: new Date(Date.now() + 2 * hour), scope: { all: true }, rules: { basis: "AMOUNT", tiers: [{ threshold: 10000, amountOff: 1000 }] } });
    await expect(changePromotionStatus(admin, draft.id, "submit")).rejects.toMatchObject({ code: "OVERLAP_WARNING", details: { overlaps: [expect.objectContaining({ id: rival.id })] } });
    expect((await db.promotion.findUniqueOrThrow({ where: { id: draft.id } })).status).toBe("DRAFT");
    await expect(changePromotionStatus(admin, draft.id, "submit", undefined, new Date(), { acknowledgeOverlaps: true })).resolves.toMatchObject({ status: "PENDING_REVIEW" });
  });
});
