import type { CandidateCoupon, CandidatePromotion, PricingInput, SkuInfo } from "@/lib/pricing/pricing-input";

// The benchmark cart of issue 3: 20 lines across 3 shops, 50 candidate promotions, 20 coupons.
const NOW = new Date("2026-11-11T04:00:00Z");
const DAY = 86_400_000;
const shops = ["S1", "S2", "S3"];

/** `newKinds`: seven more candidates of the round-two kinds (组合价, N元任选, 加价购 two each; a 预售 balance). */
export function benchInput(o: { newKinds?: boolean } = {}): { input: PricingInput; now: Date } {
  const skus: SkuInfo[] = Array.from({ length: 20 }, (_, i) => ({
    id: `sku${i}`,
    shopId: shops[i % 3],
    name: `sku${i}`,
    price: 1990 + i * 1370,
    categoryIds: [`c${i % 4}`, "root"],
    floorPrice: i % 5 === 0 ? 1000 + i * 500 : null,
    memberPrices: (i % 4 === 0 ? { V2: 1800 + i * 1300 } : {}) as Record<string, number>,
    excludedFromPromotions: false,
    stock: 100,
  }));
  const base = { startsAt: new Date(NOW.getTime() - DAY), endsAt: new Date(NOW.getTime() + DAY), audience: {}, limits: {}, labelPriority: 0, usage: { userOrders: 0, userUnits: 0, budgetUsed: 0, stockUsed: 0 } };
  const promotions: CandidatePromotion[] = [];
  for (let i = 0; i < 50; i++) {
    const shopId = i % 10 === 9 ? null : shops[i % 3];
    const scope = i % 2 ? { all: true } : { categoryIds: [`c${i % 4}`] };
    const stacking = { withCoupons: true, withPlatform: true, exclusiveGroup: i % 4 === 0 ? `g${i % 3}` : undefined };
    const kind = i % 6;
    const common = { ...base, id: `p${String(i).padStart(2, "0")}`, name: `promo ${i}`, shopId, scope, stacking };
    if (kind === 0) promotions.push({ ...common, type: "DISCOUNT", rules: { percentOff: 5 + (i % 20) } } as CandidatePromotion);
    else if (kind === 1) promotions.push({ ...common, type: "FULL_REDUCTION", rules: { basis: "AMOUNT", tiers: [{ threshold: 10000, amountOff: 1000 }, { threshold: 30000, amountOff: 4000 + i }] } } as CandidatePromotion);
    else if (kind === 2) promotions.push({ ...common, type: "FULL_DISCOUNT", rules: { basis: "QUANTITY", tiers: [{ threshold: 3, percentOff: 5 }, { threshold: 6, percentOff: 12 }] } } as CandidatePromotion);
    else if (kind === 3) promotions.push({ ...common, type: "NTH_ITEM", rules: { n: 2, percentOff: 30 } } as CandidatePromotion);
    else if (kind === 4) promotions.push({ ...common, type: "GIFT", rules: { basis: "AMOUNT", tiers: [{ threshold: 50000, gifts: [{ skuId: "sku1", quantity: 1 }] }] } } as CandidatePromotion);
    else promotions.push({ ...common, type: "SHIPPING", rules: { threshold: 20000 + i * 100, free: true } } as CandidatePromotion);
  }
  if (o.newKinds)
    for (let i = 0; i < 6; i++) {
      const shopId = shops[i % 3];
      const own = skus.filter((k) => k.shopId === shopId);
      const common = { ...base, id: `n${i}`, name: `new kind ${i}`, shopId, stacking: { withCoupons: true, withPlatform: true } };
      if (i < 2) promotions.push({ ...common, type: "BUNDLE", scope: { skuIds: [own[0].id, own[1].id] }, rules: { items: [{ skuId: own[0].id, quantity: 1 }, { skuId: own[1].id, quantity: 1 }], bundlePrice: own[0].price + own[1].price - 1500 } } as CandidatePromotion);
      else if (i < 4) promotions.push({ ...common, type: "ANY_N", scope: { all: true }, rules: { n: 3, price: 9900 + i * 1000 } } as CandidatePromotion);
      else promotions.push({ ...common, type: "ADD_ON", scope: { all: true }, rules: { threshold: 20000, items: [{ skuId: own[2].id, addOnPrice: 990, maxQuantity: 1 }] } } as CandidatePromotion);
    }
  // 预售's balance: one deposit's value on a unit of the first shop's first SKU
  if (o.newKinds) {
    const own = skus.filter((k) => k.shopId === shops[0]);
    promotions.push({ ...base, id: "n6", name: "presale", shopId: shops[0], type: "PRESALE", scope: { skuIds: [own[0].id] }, stacking: { withCoupons: true, withPlatform: true }, entitlements: { [own[0].id]: 1 }, rules: { items: [{ skuId: own[0].id, deposit: 500, depositValue: 1000, stock: 10, perUserLimit: 1 }], balanceStartsAt: NOW, balanceEndsAt: new Date(NOW.getTime() + 86_400_000) } } as CandidatePromotion);
  }
  const coupons: CandidateCoupon[] = Array.from({ length: 20 }, (_, i) => ({
    id: `cp${String(i).padStart(2, "0")}`,
    templateId: `t${i}`,
    name: `coupon ${i}`,
    kind: i % 7 === 6 ? "SHIPPING" : i % 3 === 2 ? "PERCENT_OFF" : "AMOUNT_OFF",
    shopId: i % 4 === 3 ? null : shops[i % 3],
    amountOff: i % 3 === 2 ? null : 500 + i * 150,
    percentOff: i % 3 === 2 ? 5 + (i % 10) : null,
    maxOff: i % 3 === 2 ? 5000 : null,
    exchangeSkuId: null,
    threshold: (i % 5) * 10000,
    scope: { all: true },
    audience: {},
    stacksWithPromotions: i % 5 !== 4,
    validFrom: new Date(NOW.getTime() - DAY),
    validTo: new Date(NOW.getTime() + (i + 1) * DAY),
    state: "UNUSED",
    budgetLeft: null,
  }));
  return {
    now: NOW,
    input: {
      shopper: { id: "u", memberLevel: "V2", tags: [], region: null, isNewUser: false },
      lines: skus.map((s, i) => ({ skuId: s.id, quantity: 1 + (i % 3) })),
      skus: Object.fromEntries(skus.map((s) => [s.id, s])),
      shops: Object.fromEntries(shops.map((id, i) => [id, { id, name: id, shippingFee: 600 + i * 200, freeShippingThreshold: i === 0 ? null : 99900 }])),
      promotions,
      coupons,
      couponSelection: { mode: "auto" },
    },
  };
}
