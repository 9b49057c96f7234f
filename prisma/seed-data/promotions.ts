import type { ShopKey } from "./catalogue";

// Demo promotions: every type, every lifecycle state. Times are offsets in hours from seeding;
// SKU codes and category keys are resolved to ids by the seed.
type Status = "DRAFT" | "PENDING_REVIEW" | "APPROVED" | "REJECTED" | "SCHEDULED" | "ACTIVE" | "ENDED" | "TERMINATED";
type SeedPromotion = {
  name: string;
  shop: ShopKey | null;
  type: "FULL_REDUCTION" | "FULL_DISCOUNT" | "DISCOUNT" | "NTH_ITEM" | "GIFT" | "SHIPPING" | "FLASH_SALE" | "GROUP_BUY" | "PRESALE";
  status: Status;
  from: number;
  to: number;
  preview?: number;
  audience?: Record<string, unknown>;
  scope: { all?: boolean; skuCodes?: string[]; categories?: string[]; excludeSkuCodes?: string[] };
  rules: Record<string, unknown>;
  limits?: Record<string, unknown>;
  stacking?: Record<string, unknown>;
  labelPriority?: number;
  reason?: string;
  /** an A/B test: variants with their own rules and a traffic split */
  variants?: { key: string; weight: number; rules: Record<string, unknown> }[];
};

const LIVE = { from: -24, to: 24 * 14 };
/** an instant `h` hours from seeding (rules that carry times of their own: the presale's balance window) */
const hoursFromNow = (h: number) => new Date(Date.now() + h * 3_600_000).toISOString();

export const seedPromotions: SeedPromotion[] = [
  // live, one of each type
  { name: "数码狂欢 满300减30 满600减80", shop: "tech", type: "FULL_REDUCTION", status: "ACTIVE", ...LIVE, scope: { all: true }, rules: { basis: "AMOUNT", tiers: [{ threshold: 30000, amountOff: 3000 }, { threshold: 60000, amountOff: 8000 }] }, stacking: { withCoupons: true, withPlatform: true, exclusiveGroup: "tech-order" }, labelPriority: 10 },
  { name: "配件第二件半价", shop: "tech", type: "NTH_ITEM", status: "ACTIVE", ...LIVE, scope: { categories: ["accessories"] }, rules: { n: 2, percentOff: 50 }, stacking: { withCoupons: true, withPlatform: true, exclusiveGroup: "tech-order" }, labelPriority: 8 },
  { name: "手机限时直降", shop: "tech", type: "DISCOUNT", status: "ACTIVE", ...LIVE, scope: { skuCodes: ["X1-128", "X1-256", "LITE-64"] }, rules: { items: [{ skuCode: "X1-128", amountOff: 20000 }, { skuCode: "X1-256", percentOff: 10 }, { skuCode: "LITE-64", specialPrice: 109900 }] }, limits: { perUserUnits: 2 }, labelPriority: 9 },
  { name: "星河 Pro 预售 定金¥200抵¥500", shop: "tech", type: "PRESALE", status: "ACTIVE", from: -24, to: 24 * 3, scope: { skuCodes: ["PRO-512"] }, rules: { items: [{ skuCode: "PRO-512", deposit: 20000, depositValue: 50000, stock: 15, perUserLimit: 1 }], balanceStartsAt: hoursFromNow(24 * 3), balanceEndsAt: hoursFromNow(24 * 5) }, labelPriority: 18 },
  { name: "耳机整点秒杀", shop: "tech", type: "FLASH_SALE", status: "ACTIVE", from: -1, to: 23, scope: { skuCodes: ["AIR-W", "AIR-B"] }, rules: { items: [{ skuCode: "AIR-W", flashPrice: 26900, stock: 50, perUserLimit: 1 }, { skuCode: "AIR-B", flashPrice: 26900, stock: 50, perUserLimit: 1 }] }, stacking: { withCoupons: false, withPlatform: false, withOrderPromotions: false }, labelPriority: 20 },
  { name: "多件多折 2件9折 3件8折", shop: "trendy", type: "FULL_DISCOUNT", status: "ACTIVE", ...LIVE, scope: { categories: ["men", "women"] }, rules: { basis: "QUANTITY", tiers: [{ threshold: 2, percentOff: 10 }, { threshold: 3, percentOff: 20 }] }, stacking: { withCoupons: true, withPlatform: true, exclusiveGroup: "trendy-order" }, labelPriority: 10 },
  { name: "满199赠棉袜", shop: "trendy", type: "GIFT", status: "ACTIVE", ...LIVE, scope: { all: true, excludeSkuCodes: ["SOCK-5"] }, rules: { basis: "AMOUNT", tiers: [{ threshold: 19900, gifts: [{ skuCode: "SOCK-5", quantity: 1 }] }] }, limits: { totalStock: 500 }, labelPriority: 5 },
  { name: "T恤 3人团", shop: "trendy", type: "GROUP_BUY", status: "ACTIVE", ...LIVE, scope: { skuCodes: ["TEE-M", "TEE-L"] }, rules: { items: [{ skuCode: "TEE-M", groupPrice: 4900 }, { skuCode: "TEE-L", groupPrice: 4900 }], groupSize: 3, timeLimitMinutes: 1440, virtualCompletion: false }, stacking: { withCoupons: false, withPlatform: false, withOrderPromotions: false }, labelPriority: 15 },
  { name: "生鲜满39包邮", shop: "fresh", type: "SHIPPING", status: "ACTIVE", ...LIVE, scope: { all: true }, rules: { threshold: 3900, free: true }, labelPriority: 3 },
  { name: "饮品满减 A/B 测试", shop: "fresh", type: "FULL_REDUCTION", status: "ACTIVE", ...LIVE, scope: { categories: ["drinks"] }, rules: { basis: "AMOUNT", tiers: [{ threshold: 5000, amountOff: 500 }] }, variants: [{ key: "A", weight: 50, rules: { basis: "AMOUNT", tiers: [{ threshold: 5000, amountOff: 500 }] } }, { key: "B", weight: 50, rules: { basis: "AMOUNT", tiers: [{ threshold: 6000, amountOff: 800 }] } }], stacking: { exclusiveGroup: "fresh-drinks" }, labelPriority: 4 },
  { name: "零食每满100减10", shop: "fresh", type: "FULL_REDUCTION", status: "ACTIVE", ...LIVE, scope: { categories: ["snacks", "drinks"] }, rules: { basis: "AMOUNT", repeat: true, threshold: 10000, amountOff: 1000, maxOff: 5000 }, limits: { budget: 500000 }, labelPriority: 7 },
  { name: "新人专享 坚果 1 折尝鲜", shop: "fresh", type: "DISCOUNT", status: "ACTIVE", ...LIVE, audience: { newUsersOnly: true }, scope: { skuCodes: ["NUT-30"] }, rules: { items: [{ skuCode: "NUT-30", specialPrice: 9900 }] }, limits: { perUser: 1, perUserUnits: 1 }, labelPriority: 12 },
  { name: "黄金会员 护肤 85 折", shop: "trendy", type: "DISCOUNT", status: "ACTIVE", ...LIVE, audience: { memberLevels: ["V2", "V3"] }, scope: { categories: ["skincare"] }, rules: { percentOff: 15 }, labelPriority: 6 },
  { name: "平台双11 跨店满500减50", shop: null, type: "FULL_REDUCTION", status: "ACTIVE", ...LIVE, scope: { all: true }, rules: { basis: "AMOUNT", tiers: [{ threshold: 50000, amountOff: 5000 }, { threshold: 100000, amountOff: 12000 }] }, limits: { budget: 10000000 }, labelPriority: 30 },
  // other lifecycle states
  { name: "双12 预热 满300减50", shop: "trendy", type: "FULL_REDUCTION", status: "SCHEDULED", from: 48, to: 24 * 10, preview: -2, scope: { all: true }, rules: { basis: "AMOUNT", tiers: [{ threshold: 30000, amountOff: 5000 }] }, labelPriority: 10 },
  { name: "耳机第二件 7 折", shop: "tech", type: "NTH_ITEM", status: "PENDING_REVIEW", from: 24, to: 24 * 7, scope: { categories: ["audio"] }, rules: { n: 2, percentOff: 30 } },
  { name: "周末零食满减（草稿）", shop: "fresh", type: "FULL_REDUCTION", status: "DRAFT", from: 72, to: 120, scope: { categories: ["snacks"] }, rules: { basis: "AMOUNT", tiers: [{ threshold: 9900, amountOff: 1000 }] } },
  { name: "冬装全场 5 折", shop: "trendy", type: "FULL_DISCOUNT", status: "REJECTED", from: 24, to: 24 * 5, scope: { all: true }, rules: { basis: "AMOUNT", tiers: [{ threshold: 1, percentOff: 50 }] }, reason: "折扣过低，多个 SKU 低于底价" },
  { name: "年货节 满 200 赠好礼", shop: "fresh", type: "GIFT", status: "APPROVED", from: 24 * 20, to: 24 * 30, scope: { all: true }, rules: { basis: "AMOUNT", tiers: [{ threshold: 20000, gifts: [{ skuCode: "MUG-2", quantity: 1 }] }] } },
  { name: "中秋礼盒满赠（已结束）", shop: "fresh", type: "GIFT", status: "ENDED", from: -24 * 60, to: -24 * 50, scope: { categories: ["snacks"] }, rules: { basis: "AMOUNT", tiers: [{ threshold: 15000, gifts: [{ skuCode: "CHIP-O", quantity: 2 }] }] } },
  { name: "手表闪购（已终止）", shop: "tech", type: "FLASH_SALE", status: "TERMINATED", from: -48, to: 24, scope: { skuCodes: ["WATCH-42"] }, rules: { items: [{ skuCode: "WATCH-42", flashPrice: 79900, stock: 20, perUserLimit: 1 }] }, stacking: { withCoupons: false, withPlatform: false, withOrderPromotions: false }, reason: "供应商断货，提前终止" },
  { name: "运动鞋 2 人团（草稿）", shop: "trendy", type: "GROUP_BUY", status: "DRAFT", from: 24, to: 24 * 8, scope: { skuCodes: ["SN-40", "SN-42"] }, rules: { items: [{ skuCode: "SN-40", groupPrice: 39900 }, { skuCode: "SN-42", groupPrice: 39900 }], groupSize: 2, timeLimitMinutes: 720 } },
  { name: "全场包邮日（待审核）", shop: null, type: "SHIPPING", status: "PENDING_REVIEW", from: 24 * 3, to: 24 * 4, scope: { all: true }, rules: { threshold: 0, free: true } },
];

export const seedCouponTemplates = [
  { key: "plat-200-20", shop: null, name: "平台满200减20", kind: "AMOUNT_OFF", amountOff: 2000, threshold: 20000, validDays: 7, totalQuantity: 200000, platformShare: 100, shopShare: 0 },
  { key: "plat-newbie-5", shop: null, name: "新人无门槛5元", kind: "AMOUNT_OFF", amountOff: 500, threshold: 0, validDays: 3, totalQuantity: 5000, audience: { newUsersOnly: true }, platformShare: 100, shopShare: 0 },
  { key: "tech-500-50", shop: "tech", name: "数码满500减50", kind: "AMOUNT_OFF", amountOff: 5000, threshold: 50000, validDays: 14, totalQuantity: 2000 },
  { key: "tech-90", shop: "tech", name: "数码9折券 最高减300", kind: "PERCENT_OFF", percentOff: 10, maxOff: 30000, threshold: 10000, validDays: 14, totalQuantity: 1000, stacksWithPromotions: false },
  { key: "trendy-ship", shop: "trendy", name: "服饰运费券", kind: "SHIPPING", amountOff: 800, threshold: 0, validDays: 30, totalQuantity: 3000 },
  { key: "trendy-100-15", shop: "trendy", name: "服饰满100减15（不与活动同享）", kind: "AMOUNT_OFF", amountOff: 1500, threshold: 10000, validDays: 10, totalQuantity: 3000, stacksWithPromotions: false },
  { key: "fresh-exchange", shop: "fresh", name: "薯片兑换券", kind: "EXCHANGE", exchangeSkuCode: "CHIP-O", threshold: 5000, validDays: 10, totalQuantity: 500 },
  { key: "fresh-30-5", shop: "fresh", name: "生鲜满30减5", kind: "AMOUNT_OFF", amountOff: 500, threshold: 3000, validDays: 5, totalQuantity: 5000, platformShare: 50, shopShare: 50 },
] as const;
