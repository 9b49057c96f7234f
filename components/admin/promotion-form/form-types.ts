// What the promotion form holds: what people type (strings), before form-model.ts reads it.

export type TierForm = { threshold: string; amountOff: string; percentOff: string; gifts: { skuId: string; quantity: string }[] };
export type ItemForm = { skuId: string; mode: "percentOff" | "specialPrice" | "amountOff"; value: string; stock: string; perUserLimit: string; /** a second amount of the item (预售 depositValue) */ value2?: string };

export type PromotionForm = {
  name: string; type: string; shopId: string; startsAt: string; endsAt: string; previewAt: string; labelPriority: string;
  /** the zone the times are typed and shown in (the shop's, else the platform's) — never the browser's */
  timeZone: string;
  /** the stored instants the time fields were filled from: a field left as shown saves exactly that instant */
  storedTimes?: Record<string, { shown: string; iso: string }>;
  newUsersOnly: boolean; memberLevels: string[]; tags: string; regions: string; channels: string[];
  scopeMode: "all" | "skus" | "categories"; skuIds: string[]; categoryIds: string[]; excludeSkuIds: string[];
  basis: "AMOUNT" | "QUANTITY"; repeat: boolean; tiers: TierForm[]; threshold: string; amountOff: string; maxOff: string; percentOff: string; n: string; free: boolean;
  discountMode: "scope" | "items"; items: ItemForm[]; groupSize: string; timeLimitMinutes: string; virtualCompletion: boolean;
  /** a set's or a group's price: 组合价 bundlePrice, N元任选 price (yuan) */
  price: string;
  /** 预售: the balance window, typed in `timeZone` like the promotion's own times */
  balanceStartsAt: string; balanceEndsAt: string;
  perUser: string; perUserUnits: string; totalStock: string; budget: string;
  withCoupons: boolean; withPlatform: boolean; withOrderPromotions: "default" | "yes" | "no"; exclusiveGroup: string;
  acknowledgeFloorWarnings: boolean;
  acknowledgeOverlaps: boolean;
  /** A/B test: the share of traffic on A (the rules above), and B's rules as a form of their own */
  abEnabled: boolean; abWeightA: string; abB: PromotionForm | null;
};

export const emptyTier = (): TierForm => ({ threshold: "", amountOff: "", percentOff: "", gifts: [] });
export const emptyItem = (): ItemForm => ({ skuId: "", mode: "specialPrice", value: "", stock: "", perUserLimit: "1" });

