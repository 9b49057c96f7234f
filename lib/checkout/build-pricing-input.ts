import { db } from "@/lib/db/client";
import { AppError } from "@/lib/api/errors";
import type { Promotion } from "@/lib/generated/prisma/client";
import type { CandidateCoupon, CandidatePromotion, Channel, PricingInput, ShopInfo, ShopperContext, SkuInfo } from "@/lib/pricing/pricing-input";
import { mergeLines } from "./checkout-schemas";
import { variantFor } from "@/lib/ab/assign-variant";
import { loadPromotions, toCandidate } from "./load-promotions";
import { loadShopperContext } from "./load-shopper-context";
import { loadSkus } from "./load-skus";
import { loadCouponTemplates } from "./load-coupon-templates";
import { cachedCouponTemplates, cachedPromotions, cachedShops, cachedSkus, syncPricingCache } from "./pricing-cache";

export type PriceRequest = {
  /** null: a visitor who is not signed in (level V0, not a new user, no coupons) */
  shopperId: string | null;
  lines: { skuId: string; quantity: number }[];
  couponIds?: string[];
  autoSelectCoupons?: boolean;
  region?: string;
  channel?: Channel;
  /** simulation: price a draft as if it were live */
  extraPromotions?: Promotion[];
  /** flash-sale / group-buy units granted to this order, by promotion and SKU */
  entitlements?: Record<string, Record<string, number>>;
  /** 到手价: coupons the shopper could claim now, priced as if held */
  extraCoupons?: CandidateCoupon[];
  /** a shop API key acting for the shopper: only that shop's goods, only its coupons (SPEC §12) */
  keyShopId?: string | null;
};

/** the order columns are 32-bit integers; shipping fees are added on top of the goods */
export const MAX_ORDER_CENTS = 2_000_000_000;

const VISITOR: ShopperContext = { id: "visitor", memberLevel: "V0", tags: [], region: null, isNewUser: false };

/**
 * Loads everything the engine needs for one cart in a fixed number of queries. `cached` (the
 * price preview) reads promotions, shops and SKUs from the short-lived process cache; orders
 * always read them fresh. The shopper's own data (coupons, usage) is always fresh.
 */
export async function buildPricingInput(req: PriceRequest, now: Date, opts: { cached?: boolean } = {}): Promise<PricingInput> {
  if (opts.cached) await syncPricingCache();
  const lines = mergeLines(req.lines);
  const skus = await (opts.cached ? cachedSkus : loadSkus)(lines.map((l) => l.skuId));
  const missing = req.lines.map((l, i) => [l, i] as const).filter(([l]) => !skus[l.skuId]);
  if (missing.length) throw new AppError("VALIDATION_FAILED", "Unknown SKU in lines", Object.fromEntries(missing.map(([, i]) => [`lines.${i}.skuId`, "no such SKU"])));
  if (req.keyShopId) {
    const foreign = req.lines.map((l, i) => [l, i] as const).filter(([l]) => skus[l.skuId].shopId !== req.keyShopId);
    if (foreign.length) throw new AppError("FORBIDDEN", "This API key belongs to one shop; it cannot act on another shop's goods", Object.fromEntries(foreign.map(([, i]) => [`lines.${i}.skuId`, "another shop's SKU"])));
  }
  // preview and order refuse the same carts: no amount may pass what an integer column holds
  const gross = lines.reduce((a, l) => a + skus[l.skuId].price * l.quantity, 0);
  if (gross > MAX_ORDER_CENTS) throw new AppError("VALIDATION_FAILED", "The cart's total is too large for one order", { lines: `the list total may be at most ${MAX_ORDER_CENTS} cents` });

  const cartSkus = Object.values(skus);
  const extraIds = new Set((req.extraPromotions ?? []).map((p) => p.id));
  const promotions: CandidatePromotion[] = (opts.cached ? await cachedPromotions(cartSkus, now) : await loadPromotions(cartSkus, now)).filter((p) => !extraIds.has(p.id));
  // simulated promotions replace their stored copy
  for (const extra of req.extraPromotions ?? []) promotions.push(toCandidate(extra, []));

  const explicit = req.couponIds !== undefined && req.autoSelectCoupons !== true;
  const { shopper, coupons, usage } =
    req.shopperId === null
      ? { shopper: VISITOR, coupons: [] as CandidateCoupon[], usage: new Map<string, { orders: number; units: number }>() }
      : await loadShopperContext(req.shopperId, promotions.map((p) => p.id), explicit ? req.couponIds! : [], opts.cached ? cachedCouponTemplates : loadCouponTemplates);
  for (const p of promotions) {
    // A/B test: the shopper's variant's rules (visitors see the first variant, the control)
    const v = variantFor(p.id, req.shopperId, p.variants ?? []);
    if (v) {
      p.rules = v.rules as never;
      p.variantKey = v.key;
    }
    const u = usage.get(p.id);
    if (u) p.usage = { ...p.usage, userOrders: u.orders, userUnits: u.units };
    if (req.entitlements?.[p.id]) p.entitlements = req.entitlements[p.id];
  }

  // gift SKUs the engine may add beyond the cart's own
  const gifts = new Set<string>();
  for (const p of promotions) if (p.type === "GIFT") for (const t of (p.rules as { tiers: { gifts: { skuId: string }[] }[] }).tiers) t.gifts.forEach((g) => gifts.add(g.skuId));
  const more = [...gifts].filter((id) => !skus[id]);
  const allSkus: Record<string, SkuInfo> = more.length ? { ...skus, ...(await (opts.cached ? cachedSkus : loadSkus)(more)) } : skus;
  const shopIds = [...new Set(Object.values(allSkus).map((s) => s.shopId))];
  const shops: Record<string, ShopInfo> = opts.cached ? await cachedShops(shopIds) : Object.fromEntries((await db.shop.findMany({ where: { id: { in: shopIds } } })).map((s) => [s.id, { id: s.id, name: s.name, shippingFee: s.shippingFee, freeShippingThreshold: s.freeShippingThreshold }]));

  return {
    shopper,
    region: req.region ?? null,
    channel: req.channel ?? null,
    lines,
    skus: allSkus,
    shops,
    promotions,
    coupons: (req.extraCoupons ? [...coupons, ...req.extraCoupons] : coupons).filter((c) => !req.keyShopId || c.shopId === req.keyShopId),
    couponSelection: explicit ? { mode: "explicit", ids: req.couponIds! } : { mode: "auto" },
  };
}
