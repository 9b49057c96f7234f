import { describe, expect, it } from "vitest";
import { priceCart } from "@/lib/pricing/price-cart";
import { NOW, cart, coupon, promo, sku } from "@/lib/pricing/price-cart.fixtures";
import { planOrder } from "./order-plan";

// The pure half of the one order path: a priced cart → the rows and reservations of its order.

const skus = [sku("a", 6000), sku("g", 1000)];
const reduce = promo("FULL_REDUCTION", { basis: "AMOUNT", tiers: [{ threshold: 10000, amountOff: 1200 }] }, { id: "red", limits: { perUser: 2 }, variantKey: "B" });
const gift = promo("GIFT", { basis: "AMOUNT", tiers: [{ threshold: 10000, gifts: [{ skuId: "g", quantity: 1 }] }] }, { id: "gift", limits: { perUserUnits: 9 } });
const input = cart(skus, [["a", 2]], { promotions: [reduce, gift], coupons: [coupon("c1", { amountOff: 500 })], couponSelection: { mode: "explicit", ids: ["c1"] } });
const ctx = { shopperId: "u1", idempotencyKey: "k", expiresAt: NOW, channel: "app", promotions: input.promotions, coupons: [{ id: "c1", templateId: "t-c1", campaignId: "camp", shopId: "A", platformShare: 30, shopShare: 70 }] };

describe("planOrder", () => {
  const result = priceCart(input, NOW);
  const planned = planOrder(result, ctx);
  if (!planned.ok) throw new Error("refused");
  const { plan } = planned;

  it("reserves every counter the price relies on: stock per line (the gift too), promotion budget and stock, the coupon", () => {
    expect(plan.reservations.skuStock).toEqual([
      { lineNo: 0, skuId: "a", units: 2, gift: false },
      { lineNo: 1, skuId: "g", units: 1, gift: true },
    ]);
    expect(plan.reservations.promotions).toEqual(expect.arrayContaining([{ promotionId: "red", discount: 1200, units: 2, stockUnits: 1 }, { promotionId: "gift", discount: expect.any(Number), units: 1, stockUnits: 1 }]));
    expect(plan.reservations.coupons).toEqual([{ userCouponId: "c1", templateId: "t-c1", amount: 500 }]);
    expect(plan.reservations.flashUnits).toEqual([]);
  });

  it("carries the shopper's A/B arm, the channel and the per-user checks; the ledger splits the coupon by the template's shares", () => {
    expect(plan.participations.find((p) => p.promotionId === "red")!.variantKey).toBe("B");
    expect(plan.order.channel).toBe("app");
    expect(plan.checks.perUser).toEqual(expect.arrayContaining([{ promotionId: "red", maxOrders: 2, maxUnits: null, units: 2 }, { promotionId: "gift", maxOrders: null, maxUnits: 9, units: 1 }]));
    const couponRows = plan.ledger.filter((r) => r.kind === "COUPON");
    expect(couponRows.reduce((s, r) => s + r.amount, 0)).toBe(500);
    expect(couponRows.reduce((s, r) => s + r.platformCost, 0)).toBe(150);
    expect(plan.events.map((e) => e.key)).toEqual(["placed", "use:c1"]);
  });

  it("refuses, as an answer, an order whose required offer does not apply or whose coupon it cannot cost", () => {
    expect(planOrder(result, { ...ctx, mustApply: "flash-1" })).toEqual({ ok: false, refusal: { reason: "OFFER_UNAVAILABLE", promotionId: "flash-1", detail: "NOT_STARTED" } });
    expect(planOrder(result, { ...ctx, coupons: [] })).toEqual({ ok: false, refusal: { reason: "COUPON_UNKNOWN", couponId: "c1" } });
  });
});
