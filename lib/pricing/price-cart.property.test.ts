import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { priceCart } from "./price-cart";
import { cart, coupon, NOW, promo, sku } from "./price-cart.fixtures";
import type { CandidateCoupon, CandidatePromotion, PricingInput, SkuInfo } from "./pricing-input";

// Random carts, promotions and coupons; the identities of API.md and the invariants of SPEC §5
// must hold for every one of them.

const shopArb = fc.constantFrom("A", "B");
const skuArb = (i: number) =>
  fc.record({ price: fc.integer({ min: 1, max: 50_000 }), shop: shopArb, floorPct: fc.option(fc.integer({ min: 0, max: 100 })), member: fc.option(fc.integer({ min: 1, max: 99 })), cat: fc.constantFrom("c1", "c2"), excluded: fc.constantFrom(false, false, false, false, true) }).map(
    (r): SkuInfo =>
      sku(`s${i}`, r.price, {
        shopId: r.shop,
        floorPrice: r.floorPct === null ? null : Math.floor((r.price * r.floorPct) / 100),
        memberPrices: r.member === null ? {} : { V1: Math.floor((r.price * r.member) / 100) },
        categoryIds: [r.cat, "root"],
        excludedFromPromotions: r.excluded,
      }),
  );

const ownerArb = fc.constantFrom<"A" | "B" | null>("A", "B", null);
const stackingArb = fc.record({ withCoupons: fc.boolean(), withPlatform: fc.boolean(), exclusiveGroup: fc.option(fc.constantFrom("g1", "g2"), { nil: undefined }) });
const limitsArb = fc.record({ budget: fc.option(fc.integer({ min: 1, max: 20_000 }), { nil: undefined }) });
const tiersArb = (max: number) =>
  fc.uniqueArray(fc.integer({ min: 1, max }), { minLength: 1, maxLength: 3 }).map((ts) => [...ts].sort((a, b) => a - b));

const promoArb = (skuIds: string[]) =>
  fc.oneof(
    fc.record({ pct: fc.integer({ min: 1, max: 99 }) }).map((r) => promo("DISCOUNT", { percentOff: r.pct })),
    fc.record({ id: fc.constantFrom(...skuIds), sp: fc.integer({ min: 0, max: 50_000 }) }).map((r) => promo("DISCOUNT", { items: [{ skuId: r.id, specialPrice: r.sp }] })),
    tiersArb(100_000).map((ts) => promo("FULL_REDUCTION", { basis: "AMOUNT", tiers: ts.map((t, i) => ({ threshold: t, amountOff: Math.max(1, Math.floor(t / 10)) + i })) })),
    fc.record({ t: fc.integer({ min: 1, max: 30_000 }), off: fc.integer({ min: 1, max: 5_000 }), max: fc.option(fc.integer({ min: 1, max: 20_000 }), { nil: undefined }) }).map((r) =>
      promo("FULL_REDUCTION", { basis: "AMOUNT", repeat: true, threshold: r.t, amountOff: r.off, maxOff: r.max }),
    ),
    tiersArb(6).map((ts) => promo("FULL_DISCOUNT", { basis: "QUANTITY", tiers: ts.map((t, i) => ({ threshold: t, percentOff: 5 + i * 10 })) })),
    fc.record({ n: fc.integer({ min: 2, max: 4 }), pct: fc.integer({ min: 1, max: 100 }) }).map((r) => promo("NTH_ITEM", { n: r.n, percentOff: r.pct })),
    fc.record({ t: fc.integer({ min: 1, max: 60_000 }), g: fc.constantFrom(...skuIds) }).map((r) => promo("GIFT", { basis: "AMOUNT", tiers: [{ threshold: r.t, gifts: [{ skuId: r.g, quantity: 1 }] }] })),
    fc.record({ t: fc.integer({ min: 0, max: 20_000 }), free: fc.boolean() }).map((r) => promo("SHIPPING", r.free ? { threshold: r.t, free: true } : { threshold: r.t, amountOff: 300 })),
    // round two: 组合价, N元任选, 加价购 mixed in with everything else
    // a bundle of two different SKUs (with one SKU in the cart: the second is one the cart does not hold)
    fc.record({ a: fc.integer({ min: 0, max: skuIds.length - 1 }), step: fc.integer({ min: 1, max: 5 }), qa: fc.integer({ min: 1, max: 2 }), price: fc.integer({ min: 1, max: 60_000 }) }).map((r) => {
      const a = skuIds[r.a];
      const b = skuIds.length > 1 ? skuIds[(r.a + 1 + (r.step % (skuIds.length - 1))) % skuIds.length] : "not-in-cart";
      return promo("BUNDLE", { items: [{ skuId: a, quantity: r.qa }, { skuId: b, quantity: 1 }], bundlePrice: r.price }, { scope: { skuIds: [a, b] } });
    }),
    fc.record({ n: fc.integer({ min: 2, max: 4 }), price: fc.integer({ min: 1, max: 60_000 }) }).map((r) => promo("ANY_N", { n: r.n, price: r.price })),
    fc.record({ t: fc.integer({ min: 1, max: 60_000 }), s: fc.constantFrom(...skuIds), p: fc.integer({ min: 0, max: 20_000 }), max: fc.integer({ min: 1, max: 3 }) }).map((r) => promo("ADD_ON", { threshold: r.t, items: [{ skuId: r.s, addOnPrice: r.p, maxQuantity: r.max }] })),
    // 预售's balance: a deposit value off the units a paid deposit entitles (0 to 3 of them)
    fc.record({ s: fc.constantFrom(...skuIds), d: fc.integer({ min: 1, max: 5_000 }), extra: fc.integer({ min: 0, max: 30_000 }), units: fc.integer({ min: 0, max: 3 }) }).map((r) =>
      promo("PRESALE", { items: [{ skuId: r.s, deposit: r.d, depositValue: r.d + r.extra, stock: 10, perUserLimit: 3 }], balanceStartsAt: new Date("2026-11-11T00:00:00Z"), balanceEndsAt: new Date("2026-11-12T00:00:00Z") }, { entitlements: { [r.s]: r.units } }),
    ),
  );

const couponArb = (skuIds: string[]) =>
  fc
    .record({
      kind: fc.constantFrom("AMOUNT_OFF", "PERCENT_OFF", "SHIPPING", "EXCHANGE"),
      shop: ownerArb,
      off: fc.integer({ min: 1, max: 20_000 }),
      pct: fc.integer({ min: 1, max: 99 }),
      max: fc.option(fc.integer({ min: 1, max: 5_000 })),
      threshold: fc.integer({ min: 0, max: 60_000 }),
      stacks: fc.boolean(),
      ex: fc.constantFrom(...skuIds),
      days: fc.integer({ min: 1, max: 9 }),
    })
    .map((r) => ({
      kind: r.kind as CandidateCoupon["kind"],
      shopId: r.shop,
      amountOff: r.kind === "PERCENT_OFF" || r.kind === "EXCHANGE" ? null : r.off,
      percentOff: r.kind === "PERCENT_OFF" ? r.pct : null,
      maxOff: r.max,
      threshold: r.threshold,
      stacksWithPromotions: r.stacks,
      exchangeSkuId: r.kind === "EXCHANGE" ? r.ex : null,
      validTo: new Date(NOW.getTime() + r.days * 86_400_000),
    }));

const inputArb = fc.integer({ min: 1, max: 6 }).chain((n) =>
  fc
    .tuple(
      fc.tuple(...Array.from({ length: n }, (_, i) => skuArb(i))),
      fc.array(fc.tuple(fc.integer({ min: 0, max: n - 1 }), fc.integer({ min: 1, max: 5 })), { minLength: 1, maxLength: 6 }),
      fc.array(fc.tuple(promoArb(Array.from({ length: n }, (_, i) => `s${i}`)), ownerArb, stackingArb, limitsArb), { maxLength: 6 }),
      fc.array(couponArb(Array.from({ length: n }, (_, i) => `s${i}`)), { maxLength: 5 }),
    )
    .map(([skus, lines, promos, coupons]): PricingInput => {
      const promotions: CandidatePromotion[] = promos.map(([p, owner, stacking, limits], i) => ({ ...p, id: `p${i}`, shopId: owner, stacking, limits }));
      return cart(skus, lines.map(([i, q]) => [`s${i}`, q] as [string, number]), { promotions, coupons: coupons.map((c, i) => coupon(`c${i}`, c)) });
    }),
);

const shuffle = <T>(xs: T[], seed: number) => xs.map((x, i) => ({ x, k: (i * 7919 + seed * 104729) % 1009 })).sort((a, b) => a.k - b.k).map((e) => e.x);

describe("pricing engine properties (fast-check)", () => {
  it("API.md identities, non-negative amounts, floors, exact allocation; input untouched; candidate order irrelevant", () => {
    fc.assert(
      fc.property(inputArb, fc.integer({ min: 1, max: 1000 }), (input, seed) => {
        const before = structuredClone(input);
        const r = priceCart(input, NOW);
        expect(input).toEqual(before);

        for (const l of r.lines) {
          const discounts = l.discounts.reduce((a, d) => a + d.amount, 0);
          expect(l.payable).toBe(l.listAmount - (l.itemOffer?.amount ?? 0) - discounts);
          expect(l.payable).toBeGreaterThanOrEqual(0);
          for (const d of l.discounts) expect(d.amount).toBeGreaterThan(0);
          const floor = input.skus[l.skuId].floorPrice;
          // a presale balance may go below the floor by the deposits already paid for its units
          const paid = input.promotions
            .filter((p) => p.type === "PRESALE" && l.discounts.some((d) => d.id === p.id))
            .reduce((a, p) => a + ((p.rules as { items: { skuId: string; deposit: number }[] }).items.find((i) => i.skuId === l.skuId)?.deposit ?? 0) * Math.min(l.quantity, p.entitlements?.[l.skuId] ?? 0), 0);
          if (!l.gift && floor !== null) expect(l.payable).toBeGreaterThanOrEqual(floor * l.quantity - paid);
        }
        const payables = r.lines.reduce((a, l) => a + l.payable, 0);
        expect(payables).toBe(r.total - r.shippingFee + r.shippingDiscount);
        expect(r.total).toBe(r.subtotal - r.itemDiscount - r.orderDiscount - r.couponDiscount + r.shippingFee - r.shippingDiscount);
        expect(r.shippingDiscount).toBeLessThanOrEqual(r.shippingFee);
        for (const s of r.shipping) expect(s.discount).toBeLessThanOrEqual(s.fee);
        for (const a of r.applied.filter((x) => x.stage >= 2 && x.stage <= 5)) {
          const allocated = r.lines.reduce((sum, l) => sum + l.discounts.filter((d) => d.id === a.id).reduce((x, d) => x + d.amount, 0), 0);
          expect(allocated).toBe(a.amount);
        }
        expect(r.coupons.selected.length).toBe(new Set(r.coupons.selected).size);

        const reordered = priceCart({ ...input, promotions: shuffle(input.promotions, seed), coupons: shuffle(input.coupons, seed + 1) }, NOW);
        expect(reordered).toEqual(r);
      }),
      { numRuns: 400 },
    );
  });

  it("auto-select is never worse than any single usable coupon or none", () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const auto = priceCart(input, NOW);
        const none = priceCart({ ...input, couponSelection: { mode: "explicit", ids: [] } }, NOW);
        expect(auto.total).toBeLessThanOrEqual(none.total);
        for (const u of auto.coupons.usable) {
          const solo = priceCart({ ...input, couponSelection: { mode: "explicit", ids: [u.id] } }, NOW);
          expect(auto.total).toBeLessThanOrEqual(solo.total);
          expect(none.total - solo.total).toBe(u.saving);
        }
      }),
      { numRuns: 200 },
    );
  });
});
