import type { CandidateCoupon, CandidatePromotion, PricingInput, SkuInfo } from "./pricing-input";
import type { PromotionRules, PromotionType } from "./promotion-rules";

// Builders for engine tests: small carts in two shops (A: fee ¥10, free from ¥99; B: fee ¥8).
export const NOW = new Date("2026-11-11T04:00:00Z");
const DAY = 86_400_000;

export function sku(id: string, price: number, o: Partial<SkuInfo> = {}): SkuInfo {
  return { id, shopId: "A", name: id, price, categoryIds: [], floorPrice: null, memberPrices: {}, excludedFromPromotions: false, stock: 100, ...o };
}

let seq = 0;
export function promo<T extends PromotionType>(type: T, rules: PromotionRules[T], o: Partial<CandidatePromotion<T>> = {}): CandidatePromotion {
  seq += 1;
  return {
    id: o.id ?? `p${String(seq).padStart(3, "0")}`,
    name: o.name ?? `${type} ${seq}`,
    type,
    shopId: "A",
    startsAt: new Date(NOW.getTime() - DAY),
    endsAt: new Date(NOW.getTime() + DAY),
    audience: {},
    scope: { all: true },
    rules,
    limits: {},
    stacking: { withCoupons: true, withPlatform: true },
    labelPriority: 0,
    usage: { userOrders: 0, userUnits: 0, budgetUsed: 0, stockUsed: 0 },
    ...o,
  } as CandidatePromotion;
}

export function coupon(id: string, o: Partial<CandidateCoupon> = {}): CandidateCoupon {
  return {
    id,
    templateId: o.templateId ?? `t-${id}`,
    name: id,
    kind: "AMOUNT_OFF",
    shopId: "A",
    amountOff: 1000,
    percentOff: null,
    maxOff: null,
    exchangeSkuId: null,
    threshold: 0,
    scope: { all: true },
    audience: {},
    stacksWithPromotions: true,
    validFrom: new Date(NOW.getTime() - DAY),
    validTo: new Date(NOW.getTime() + 5 * DAY),
    state: "UNUSED",
    budgetLeft: null,
    ...o,
  };
}

export function cart(skus: SkuInfo[], lines: [string, number][], o: Partial<PricingInput> = {}): PricingInput {
  return {
    shopper: { id: "u1", memberLevel: "V1", tags: [], region: "上海", isNewUser: false },
    lines: lines.map(([skuId, quantity]) => ({ skuId, quantity })),
    skus: Object.fromEntries(skus.map((s) => [s.id, s])),
    shops: {
      A: { id: "A", name: "Shop A", shippingFee: 1000, freeShippingThreshold: 9900 },
      B: { id: "B", name: "Shop B", shippingFee: 800, freeShippingThreshold: null },
    },
    promotions: [],
    coupons: [],
    couponSelection: { mode: "auto" },
    ...o,
  };
}
