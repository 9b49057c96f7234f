import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { submitOrder } from "@/lib/orders/submit-order";
import { payOrder } from "@/lib/orders/pay-order";
import { cancelOrder } from "@/lib/orders/cancel-order";
import { cancelExpiredOrders } from "@/lib/orders/order-timeout";
import { refundOrder } from "@/lib/orders/refund-order";
import { planOrder, type PlanContext } from "@/lib/orders/order-plan";
import { writeOrderPlan } from "@/lib/orders/write-order-plan";
import { planFlashOrder, writeFlashOrder, writeFlashPlans } from "@/lib/flash-sale/write-flash-order";
import { buildPricingInput } from "@/lib/checkout/build-pricing-input";
import { clearPricingCache } from "@/lib/checkout/pricing-cache";
import { priceCart } from "@/lib/pricing/price-cart";
import { systemActor } from "@/lib/auth/shopper-scope";
import { closeQueues } from "@/lib/jobs/queues";
import { makeCoupon, makePromotion, makeShop, makeShopper, makeSku, resetDb } from "./fixtures";

// Issue 12 #1: one order-placement path. Checkout, flash sale and group buy price, plan
// (lib/orders/order-plan.ts) and write through the one writer; refusals are typed answers; what an
// order reserved is stored with it and given back exactly.

afterAll(closeQueues);
const key = () => `key-${Math.random().toString(36).slice(2)}-${Date.now()}`;

const omit = <T extends object, K extends keyof T>(o: T, keys: K[]): Omit<T, K> => Object.fromEntries(Object.entries(o).filter(([k]) => !keys.includes(k as K))) as Omit<T, K>;

/** Every row an order wrote, without the ids, keys and clock values that differ by nature. */
async function rowsOf(orderId: string) {
  const o = await db.order.findUniqueOrThrow({ where: { id: orderId }, include: { lines: { orderBy: { lineNo: "asc" } }, discounts: true, shops: true, participations: true } });
  const lineNo = new Map(o.lines.map((l) => [l.id, l.lineNo]));
  const events = await db.analyticsEvent.findMany({ where: { orderId }, orderBy: { type: "asc" } });
  const order = omit(o, ["id", "number", "idempotencyKey", "createdAt", "expiresAt", "lines", "discounts", "shops", "participations"]);
  return {
    order,
    lines: o.lines.map((l) => omit(l, ["id", "orderId"])),
    discounts: o.discounts.map((d) => ({ ...omit(d, ["id", "orderId", "orderLineId", "createdAt"]), lineNo: d.orderLineId ? lineNo.get(d.orderLineId) : null })).sort((a, b) => `${a.lineNo}${a.kind}${a.promotionId}`.localeCompare(`${b.lineNo}${b.kind}${b.promotionId}`)),
    shops: o.shops.map((s) => omit(s, ["orderId"])),
    participations: o.participations.map((p) => omit(p, ["id", "orderId", "createdAt"])).sort((a, b) => a.promotionId.localeCompare(b.promotionId)),
    events: events.map((e) => ({ ...omit(e, ["id", "orderId", "at", "dedupeKey"]), dedupe: e.dedupeKey?.split(":")[0] })),
  };
}

async function counters(skuIds: string[], promotionIds: string[], templateIds: string[] = []) {
  return {
    skus: await db.sku.findMany({ where: { id: { in: skuIds } }, select: { id: true, stock: true }, orderBy: { id: "asc" } }),
    promotions: await db.promotion.findMany({ where: { id: { in: promotionIds } }, select: { id: true, budgetUsed: true, stockUsed: true }, orderBy: { id: "asc" } }),
    flash: await db.promotionSku.findMany({ where: { promotionId: { in: promotionIds } }, select: { promotionId: true, skuId: true, pending: true, sold: true }, orderBy: [{ promotionId: "asc" }, { skuId: "asc" }] }),
    templates: await db.couponTemplate.findMany({ where: { id: { in: templateIds } }, select: { id: true, budgetUsed: true }, orderBy: { id: "asc" } }),
  };
}

describe("one order-placement path", () => {
  let shopId: string;
  beforeEach(async () => {
    await resetDb();
    clearPricingCache();
    shopId = (await makeShop("Place", 1000)).id;
  });

  it("parity: the same flash cart placed through checkout and through the flash-sale consumer writes the same rows", async () => {
    const sku = await makeSku(shopId, 39900, { stock: 100 });
    const flash = await makePromotion({ shopId, type: "FLASH_SALE", rules: { items: [{ skuId: sku.id, flashPrice: 19900, stock: 10, perUserLimit: 2 }] }, scope: { skuIds: [sku.id] }, stacking: { withCoupons: false, withPlatform: true, withOrderPromotions: true } });
    // an A/B 满减 on the same SKU: the participation must carry the shopper's arm on both paths
    const ab = await makePromotion({ shopId, type: "FULL_REDUCTION", rules: { basis: "AMOUNT", tiers: [{ threshold: 10000, amountOff: 1000 }] }, limits: { perUser: 5, budget: 100_000 } });
    await db.promotionVariant.createMany({ data: [{ promotionId: ab.id, key: "A", name: "A", weight: 50, rules: { basis: "AMOUNT", tiers: [{ threshold: 10000, amountOff: 1000 }] } }, { promotionId: ab.id, key: "B", name: "B", weight: 50, rules: { basis: "AMOUNT", tiers: [{ threshold: 10000, amountOff: 1500 }] } }] });
    clearPricingCache();
    const shopper = await makeShopper();

    const viaCheckout = await submitOrder({ shopperId: shopper.id, idempotencyKey: key(), lines: [{ skuId: sku.id, quantity: 1 }], couponIds: [], entitlements: { [flash.id]: { [sku.id]: 1 } }, mustApply: flash.id, source: "FLASH_SALE", channel: "app" });
    const viaFlash = await writeFlashOrder({ promotionId: flash.id, skuId: sku.id, quantity: 1, idempotencyKey: key(), shopperId: shopper.id, channel: "app" });
    expect(viaFlash.ok).toBe(true);
    if (!viaFlash.ok) return;

    const a = await rowsOf(viaCheckout.order.id);
    const b = await rowsOf(viaFlash.orderId);
    expect(b).toEqual(a);
    // what they hold in common is what a flash order must have
    expect(a.order).toMatchObject({ channel: "app", source: "FLASH_SALE", total: 19900 - (a.participations.find((p) => p.promotionId === ab.id)!.variantKey === "A" ? 1000 : 1500) });
    expect(a.participations.find((p) => p.promotionId === ab.id)!.variantKey).toMatch(/^[AB]$/);
    expect(a.lines[0]).toMatchObject({ itemOfferPromotionId: flash.id, itemOfferType: "FLASH_SALE", unitPrice: 39900 });
    expect(a.order.reservations).toMatchObject({ flashUnits: [{ promotionId: flash.id, skuId: sku.id, units: 1 }], skuStock: [{ skuId: sku.id, units: 1 }] });
    expect((await counters([sku.id], [flash.id])).flash[0]).toMatchObject({ pending: 2, sold: 0 });
  });

  it("a batch of wins is one transaction; when a shared counter cannot take the batch, each order gets its own answer", async () => {
    const sku = await makeSku(shopId, 39900, { stock: 100 });
    const flash = await makePromotion({ shopId, type: "FLASH_SALE", rules: { items: [{ skuId: sku.id, flashPrice: 19900, stock: 5, perUserLimit: 1 }] }, scope: { skuIds: [sku.id] }, stacking: { withCoupons: false, withPlatform: false, withOrderPromotions: false } });
    clearPricingCache();
    const shoppers = await Promise.all(Array.from({ length: 7 }, () => makeShopper()));
    const plan = async (shopperId: string, k: string) => {
      const p = await planFlashOrder({ promotionId: flash.id, skuId: sku.id, quantity: 1, idempotencyKey: k, shopperId });
      if (!p.ok) throw new Error(p.outcome);
      return p.plan;
    };
    // 3 orders fit: one batch, one transaction
    const fits = await writeFlashPlans([await plan(shoppers[0].id, "a0"), await plan(shoppers[1].id, "a1"), await plan(shoppers[2].id, "a2")]);
    expect(fits.map((o) => o.ok && o.created)).toEqual([true, true, true]);
    // 2 units left, 4 new shoppers and one shopper again (limit 1) and one repeated key: the batch is refused as a whole by the flash counter, then written one by one
    const repeated = await plan(shoppers[0].id, "a0");
    const out = await writeFlashPlans([await plan(shoppers[3].id, "b3"), await plan(shoppers[4].id, "b4"), await plan(shoppers[5].id, "b5"), await plan(shoppers[6].id, "b6"), await plan(shoppers[1].id, "b1"), repeated]);
    expect(out.slice(0, 4).filter((o) => o.ok && o.created)).toHaveLength(2);
    expect(out.slice(0, 4).filter((o) => !o.ok)).toEqual([expect.objectContaining({ outcome: "SOLD_OUT", refusal: { reason: "FLASH_SOLD_OUT", promotionId: flash.id, skuId: sku.id } }), expect.objectContaining({ outcome: "SOLD_OUT" })]);
    expect(out[4]).toMatchObject({ ok: false, outcome: "LIMIT_REACHED", refusal: { reason: "FLASH_LIMIT" } });
    expect(out[5]).toEqual({ ok: true, orderId: (fits[0] as { orderId: string }).orderId, created: false });
    expect(await db.order.count({ where: { source: "FLASH_SALE" } })).toBe(5);
    expect((await counters([sku.id], [flash.id])).flash[0]).toMatchObject({ pending: 5 });
    expect((await db.sku.findUniqueOrThrow({ where: { id: sku.id } })).stock).toBe(95);
  });

  it("typed refusals: the writer answers why and writes nothing", async () => {
    const sku = await makeSku(shopId, 5000, { stock: 1 });
    const promo = await makePromotion({ shopId, type: "FULL_REDUCTION", rules: { basis: "AMOUNT", tiers: [{ threshold: 5000, amountOff: 500 }] }, limits: { perUser: 1, budget: 100_000 } });
    const shopper = await makeShopper();
    const coupon = await makeCoupon(shopper.id, { shopId, amountOff: 300 });
    const plan = async (lines: { skuId: string; quantity: number }[], couponIds: string[] = [], extra: Partial<PlanContext> = {}) => {
      const input = await buildPricingInput({ shopperId: shopper.id, lines, couponIds }, new Date());
      const result = priceCart(input, new Date());
      const coupons = (await db.userCoupon.findMany({ where: { id: { in: result.coupons.selected } }, include: { template: true } })).map((c) => ({ id: c.id, templateId: c.templateId, campaignId: c.campaignId, shopId: c.template.shopId, platformShare: c.template.platformShare, shopShare: c.template.shopShare }));
      const p = planOrder(result, { shopperId: shopper.id, idempotencyKey: key(), expiresAt: new Date(Date.now() + 60_000), promotions: input.promotions, coupons, ...extra });
      if (!p.ok) throw new Error(p.refusal.reason);
      return p.plan;
    };

    // more than the stock: which line, which SKU
    expect(await writeOrderPlan(await plan([{ skuId: sku.id, quantity: 2 }]))).toEqual({ ok: false, refusal: { reason: "OUT_OF_STOCK", lineNo: 0, skuId: sku.id } });
    // a plan priced before another order used the per-user limit / the coupon
    const stale = await plan([{ skuId: sku.id, quantity: 1 }], [coupon.id]);
    const first = await writeOrderPlan(await plan([{ skuId: sku.id, quantity: 1 }], [coupon.id]));
    expect(first).toMatchObject({ ok: true, created: true });
    expect(await writeOrderPlan({ ...stale, idempotencyKey: key() })).toEqual({ ok: false, refusal: { reason: "PER_USER_LIMIT", promotionId: promo.id } });
    expect(await writeOrderPlan({ ...stale, idempotencyKey: key(), checks: { perUser: [], flash: [] } })).toEqual({ ok: false, refusal: { reason: "COUPON_TAKEN", couponId: coupon.id } });
    // the offer a flow needs does not apply: refused before anything is written
    const input = await buildPricingInput({ shopperId: shopper.id, lines: [{ skuId: sku.id, quantity: 1 }] }, new Date());
    expect(planOrder(priceCart(input, new Date()), { shopperId: shopper.id, idempotencyKey: key(), expiresAt: new Date(), promotions: [], coupons: [], mustApply: "no-such-sale" })).toMatchObject({ ok: false, refusal: { reason: "OFFER_UNAVAILABLE" } });
    expect(await db.order.count()).toBe(1);
    expect((await db.sku.findUniqueOrThrow({ where: { id: sku.id } })).stock).toBe(0);

    // and through checkout: a shopper's answer, with the field
    await db.sku.update({ where: { id: sku.id }, data: { stock: 3 } });
    await expect(submitOrder({ shopperId: shopper.id, idempotencyKey: key(), lines: [{ skuId: sku.id, quantity: 4 }] })).rejects.toMatchObject({ code: "OUT_OF_STOCK", fields: { "lines.0.quantity": expect.any(String) } });
  });

  it("cancel, timeout and refund give back exactly what was reserved, as stored — not re-derived from the price snapshot", async () => {
    const a = await makeSku(shopId, 6000, { stock: 50 });
    const gift = await makeSku(shopId, 1000, { stock: 50 });
    const reduce = await makePromotion({ shopId, type: "FULL_REDUCTION", rules: { basis: "AMOUNT", tiers: [{ threshold: 10000, amountOff: 1200 }] }, limits: { budget: 100_000, totalStock: 100 } });
    const gifts = await makePromotion({ shopId, type: "GIFT", rules: { basis: "AMOUNT", tiers: [{ threshold: 10000, gifts: [{ skuId: gift.id, quantity: 1 }] }] }, limits: { budget: 100_000, totalStock: 100 } });
    const shopper = await makeShopper();
    const ids = [[a.id, gift.id], [reduce.id, gifts.id]] as const;

    for (const end of ["cancel", "timeout"] as const) {
      const coupon = await makeCoupon(shopper.id, { shopId, amountOff: 500, budget: 10_000 });
      const before = await counters([...ids[0]], [...ids[1]], [coupon.templateId]);
      const { order } = await submitOrder({ shopperId: shopper.id, idempotencyKey: key(), lines: [{ skuId: a.id, quantity: 2 }], couponIds: [coupon.id] });
      const taken = await counters([...ids[0]], [...ids[1]], [coupon.templateId]);
      expect(taken).not.toEqual(before);
      expect(taken.skus.find((s) => s.id === gift.id)!.stock).toBe(49); // the gift was reserved too
      // the snapshot is rewritten (as a drifted or re-priced snapshot would be): release must not read it
      const pricing = order.pricing as unknown as { lines: { quantity: number; itemOffer: unknown }[] };
      await db.order.update({ where: { id: order.id }, data: { pricing: { ...pricing, lines: pricing.lines.map((l) => ({ ...l, quantity: l.quantity * 5 })), applied: [] } as object } });
      if (end === "cancel") await cancelOrder(shopper.id, order.id);
      else expect(await cancelExpiredOrders(new Date(Date.now() + 31 * 60_000))).toBe(1);
      expect(await counters([...ids[0]], [...ids[1]], [coupon.templateId])).toEqual(before);
      expect((await db.userCoupon.findUniqueOrThrow({ where: { id: coupon.id } })).state).toBe("UNUSED");
    }

    // refund: a paid order's full refund returns the stock of the units bought and the gift
    const before = await counters([...ids[0]], []);
    const { order } = await submitOrder({ shopperId: shopper.id, idempotencyKey: key(), lines: [{ skuId: a.id, quantity: 2 }] });
    await payOrder(systemActor("test"), order.id);
    await refundOrder(shopper.id, order.id, { lines: [{ skuId: a.id, quantity: 2 }], reason: "not needed" });
    expect(await counters([...ids[0]], [])).toEqual(before);
  });
});
