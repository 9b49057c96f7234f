import type { Audience, Limits, Scope, Stacking } from "./promotion-config";
import type { PromotionRules, PromotionType } from "./promotion-rules";

// The plain data the engine prices. Domain code (lib/checkout) loads it; the engine never reads
// a database, a clock or the environment.

export type Channel = "app" | "mini-program" | "web";

export type ShopperContext = {
  id: string;
  memberLevel: string;
  tags: string[];
  region: string | null;
  /** 新用户 = no paid order yet */
  isNewUser: boolean;
  /** a benefit of the shopper's member level (SPEC §10): every shop's shipping fee is waived */
  freeShipping?: boolean;
};

export type SkuInfo = {
  id: string;
  shopId: string;
  name: string;
  price: number;
  /** the SKU's category and all its ancestors */
  categoryIds: string[];
  floorPrice: number | null;
  memberPrices: Record<string, number>;
  excludedFromPromotions: boolean;
  stock: number;
};

export type ShopInfo = { id: string; name: string; shippingFee: number; freeShippingThreshold: number | null };

/** What this shopper and everyone have already used of a promotion (from the database). */
export type PromotionUsage = {
  userOrders: number;
  userUnits: number;
  budgetUsed: number;
  stockUsed: number;
};

export type CandidatePromotion<T extends PromotionType = PromotionType> = {
  id: string;
  name: string;
  type: T;
  shopId: string | null;
  startsAt: Date;
  endsAt: Date;
  audience: Audience;
  scope: Scope;
  rules: PromotionRules[T];
  limits: Limits;
  stacking: Stacking;
  labelPriority: number;
  /** SKUs withdrawn from a live promotion (人工撤出) */
  withdrawnSkuIds?: string[];
  usage: PromotionUsage;
  /**
   * FLASH_SALE / GROUP_BUY units this shopper may buy at the offer price in this order, by SKU
   * (granted by a won attempt or a joined group). Absent or 0: the offer needs that flow first.
   */
  entitlements?: Record<string, number>;
  /** A/B test: the variants (each with its own rules); the caller puts the shopper's in `rules` */
  variants?: { key: string; weight: number; rules: PromotionRules[T] }[];
  /** the shopper's variant, when the promotion is an A/B test */
  variantKey?: string;
};

export type CouponKind = "AMOUNT_OFF" | "PERCENT_OFF" | "SHIPPING" | "EXCHANGE";

export type CandidateCoupon = {
  /** the shopper's claimed coupon id */
  id: string;
  templateId: string;
  name: string;
  kind: CouponKind;
  /** issuer: a shop, or null for a platform coupon */
  shopId: string | null;
  amountOff: number | null;
  percentOff: number | null;
  maxOff: number | null;
  exchangeSkuId: string | null;
  threshold: number;
  scope: Scope;
  audience: Audience;
  stacksWithPromotions: boolean;
  validFrom: Date;
  validTo: Date;
  state: "UNUSED" | "LOCKED" | "USED" | "EXPIRED";
  /** remaining budget of the template, null = unlimited */
  budgetLeft: number | null;
};

export type PricingInput = {
  shopper: ShopperContext;
  region?: string | null;
  channel?: Channel | null;
  lines: { skuId: string; quantity: number }[];
  skus: Record<string, SkuInfo>;
  shops: Record<string, ShopInfo>;
  promotions: CandidatePromotion[];
  coupons: CandidateCoupon[];
  /** auto: pick the best combination; explicit: exactly these coupon ids (possibly none) */
  couponSelection: { mode: "auto" } | { mode: "explicit"; ids: string[] };
};
