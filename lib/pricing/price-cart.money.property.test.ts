import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { priceCart } from "./price-cart";
import { cart, coupon, NOW, promo, sku } from "./price-cart.fixtures";
import { exclusiveKeys } from "./eligibility/exclusive-groups";
import type { CandidateCoupon, CandidatePromotion, PricingInput, SkuInfo } from "./pricing-input";

// What would have caught each money bug of issue 19: per-unit prices through every stage, no
// budget exceeded by any kind (gifts and shipping included), gift stock shared, exclusive groups
// across stages, and auto-select equal to brute force over small coupon sets.

const skuArb = (i: number) =>
  fc
    .record({ price: fc.integer({ min: 1, max: 30_000 }), shop: fc.constantFrom("A", "B"), floorPct: fc.option(fc.integer({ min: 0, max: 90 })), member: fc.option(fc.integer({ min: 1, max: 99 })), stock: fc.integer({ min: 0, max: 3 }) })
    .map((r): SkuInfo =>
      sku(`s${i}`, r.price, {
        shopId: r.shop,
        floorPrice: r.floorPct === null ? null : Math.floor((r.price * r.floorPct) / 100),
        memberPrices: r.member === null ? {} : { V1: Math.floor((r.price * r.member) / 100) },
        stock: r.stock,
      }),
    );

const usage = (budgetUsed: number) => ({ userOrders: 0, userUnits: 0, budgetUsed, stockUsed: 0 });

const promoArb = (skuIds: string[]) =>
  fc
    .tuple(
      fc.oneof(
        fc.record({ pct: fc.integer({ min: 1, max: 99 }), units: fc.integer({ min: 1, max: 3 }) }).map((r) => promo("DISCOUNT", { percentOff: r.pct }, { limits: { perUserUnits: r.units } })),
        fc.record({ t: fc.integer({ min: 1, max: 40_000 }), off: fc.integer({ min: 1, max: 20_000 }) }).map((r) => promo("FULL_REDUCTION", { basis: "AMOUNT", tiers: [{ threshold: r.t, amountOff: r.off }] })),
        fc.record({ t: fc.integer({ min: 1, max: 4 }), pct: fc.integer({ min: 1, max: 99 }) }).map((r) => promo("FULL_DISCOUNT", { basis: "QUANTITY", tiers: [{ threshold: r.t, percentOff: r.pct }] })),
        fc.record({ n: fc.integer({ min: 2, max: 3 }), pct: fc.integer({ min: 1, max: 100 }) }).map((r) => promo("NTH_ITEM", { n: r.n, percentOff: r.pct })),
        fc.record({ t: fc.integer({ min: 1, max: 30_000 }), g: fc.constantFrom(...skuIds), q: fc.integer({ min: 1, max: 2 }) }).map((r) => promo("GIFT", { basis: "AMOUNT", tiers: [{ threshold: r.t, gifts: [{ skuId: r.g, quantity: r.q }] }] })),
        fc.record({ t: fc.integer({ min: 0, max: 20_000 }), free: fc.boolean() }).map((r) => promo("SHIPPING", r.free ? { threshold: r.t, free: true } : { threshold: r.t, amountOff: 300 })),
      ),
      fc.constantFrom<"A" | "B" | null>("A", "B", null),
      fc.record({ withCoupons: fc.boolean(), withPlatform: fc.boolean(), withSameType: fc.boolean(), exclusiveGroup: fc.option(fc.constantFrom("g1", "g2"), { nil: undefined }) }),
      fc.option(fc.tuple(fc.integer({ min: 1, max: 20_000 }), fc.integer({ min: 0, max: 20_000 })), { nil: undefined }),
    )
    .map(([p, owner, stacking, budget]) => ({ ...p, shopId: owner, stacking, limits: { ...p.limits, ...(budget ? { budget: budget[0] } : {}) }, usage: usage(budget ? Math.min(budget[1], budget[0]) : 0) }));

const couponArb = (skuIds: string[]) =>
  fc
    .record({
      kind: fc.constantFrom("AMOUNT_OFF", "PERCENT_OFF", "SHIPPING", "SHIPPING", "EXCHANGE"),
      shop: fc.constantFrom<"A" | "B" | null>("A", "B", null),
      off: fc.integer({ min: 1, max: 10_000 }),
      pct: fc.integer({ min: 1, max: 99 }),
      threshold: fc.integer({ min: 0, max: 30_000 }),
      stacks: fc.boolean(),
      ex: fc.constantFrom(...skuIds),
      budgetLeft: fc.option(fc.integer({ min: 0, max: 3_000 })),
      days: fc.integer({ min: 1, max: 9 }),
    })
    .map((r): Partial<CandidateCoupon> => ({
      kind: r.kind as CandidateCoupon["kind"],
      shopId: r.shop,
      amountOff: r.kind === "PERCENT_OFF" || r.kind === "EXCHANGE" ? null : r.off,
      percentOff: r.kind === "PERCENT_OFF" ? r.pct : null,
      threshold: r.threshold,
      stacksWithPromotions: r.stacks,
      exchangeSkuId: r.kind === "EXCHANGE" ? r.ex : null,
      budgetLeft: r.budgetLeft,
      validTo: new Date(NOW.getTime() + r.days * 86_400_000),
    }));

const inputArb = (maxCoupons: number) =>
  fc.integer({ min: 1, max: 5 }).chain((n) => {
    const ids = Array.from({ length: n }, (_, i) => `s${i}`);
    return fc
      .tuple(
        fc.tuple(...ids.map((_, i) => skuArb(i))),
        fc.uniqueArray(fc.tuple(fc.integer({ min: 0, max: n - 1 }), fc.integer({ min: 1, max: 4 })), { minLength: 1, maxLength: 5, selector: (x) => x[0] }),
        fc.array(promoArb(ids), { maxLength: 6 }),
        fc.array(couponArb(ids), { maxLength: maxCoupons }),
        fc.boolean(),
      )
      .map(([skus, lines, promos, coupons, freeFrom]): PricingInput => {
        const promotions: CandidatePromotion[] = promos.map((p, i) => ({ ...p, id: `p${i}` }));
        return cart(skus, lines.map(([i, q]) => [`s${i}`, q] as [string, number]), {
          promotions,
          coupons: coupons.map((c, i) => coupon(`c${i}`, c)),
          shops: {
            A: { id: "A", name: "A", shippingFee: 1000, freeShippingThreshold: freeFrom ? 10_000 : null },
            B: { id: "B", name: "B", shippingFee: 800, freeShippingThreshold: freeFrom ? 5_000 : null },
          },
        });
      });
  });

describe("engine money properties (issue 19)", () => {
  it("every unit pays at least its floor; units sum to the line; no budget exceeded by any kind; gift stock shared; exclusive groups across stages", () => {
    fc.assert(
      fc.property(inputArb(4), (input) => {
        const r = priceCart(input, NOW);
        for (const l of r.lines) {
          expect(l.units!.reduce((a, u) => a + u.payable * u.count, 0)).toBe(l.payable);
          expect(l.units!.reduce((a, u) => a + u.count, 0)).toBe(l.quantity);
          const floor = input.skus[l.skuId].floorPrice ?? 0;
          if (!l.gift) for (const u of l.units!) expect(u.payable).toBeGreaterThanOrEqual(floor);
        }
        for (const p of input.promotions) {
          if (p.limits.budget === undefined) continue;
          const given = r.applied.filter((a) => a.id === p.id).reduce((x, a) => x + a.amount, 0);
          expect(given).toBeLessThanOrEqual(p.limits.budget - p.usage.budgetUsed);
        }
        for (const c of input.coupons) {
          if (c.budgetLeft === null) continue;
          expect(r.applied.filter((a) => a.id === c.id).reduce((x, a) => x + a.amount, 0)).toBeLessThanOrEqual(c.budgetLeft);
        }
        const gifts = new Map<string, number>();
        for (const l of r.lines) if (l.gift) gifts.set(l.skuId, (gifts.get(l.skuId) ?? 0) + l.quantity);
        for (const [id, q] of gifts) expect(q).toBeLessThanOrEqual(input.skus[id].stock);
        const byId = new Map(input.promotions.map((p) => [p.id, p]));
        for (const l of r.lines) {
          const ids = [l.itemOffer?.promotionId, ...l.discounts.filter((d) => d.kind === "PROMOTION").map((d) => d.id)].filter((x): x is string => Boolean(x));
          const keys = ids.flatMap((id) => exclusiveKeys(byId.get(id)!));
          expect(new Set(keys).size).toBe(keys.length);
        }
        expect(r.shipping.filter((s) => s.by.some((b) => b.kind === "COUPON")).map((s) => s.by.find((b) => b.kind === "COUPON")!.id).filter((v, i, a) => a.indexOf(v) === i).length).toBeLessThanOrEqual(1);
      }),
      { numRuns: Number(process.env.RUNS ?? 600) },
    );
  }, 600_000);

  it("auto-select equals brute force over every subset of a small coupon set (shipping coupons included) and never selects a useless coupon", () => {
    fc.assert(
      fc.property(inputArb(5), (input) => {
        const auto = priceCart(input, NOW);
        let best = Infinity;
        const ids = input.coupons.map((c) => c.id);
        for (let mask = 0; mask < 1 << ids.length; mask++) {
          const chosen = ids.filter((_, i) => mask & (1 << i));
          const r = priceCart({ ...input, couponSelection: { mode: "explicit", ids: chosen } }, NOW);
          if (r.coupons.selected.length === chosen.length) best = Math.min(best, r.total);
        }
        expect(auto.total).toBe(best);
        for (const id of auto.coupons.selected) {
          const without = priceCart({ ...input, couponSelection: { mode: "explicit", ids: auto.coupons.selected.filter((x) => x !== id) } }, NOW);
          expect(without.total).toBeGreaterThan(auto.total);
        }
      }),
      { numRuns: Number(process.env.RUNS ?? 300) },
    );
  }, 600_000);
});
