import { priceCart } from "@/lib/pricing/price-cart";
import { inScope } from "@/lib/pricing/eligibility/scope";
import { inAudience } from "@/lib/pricing/eligibility/audience";
import type { CandidateCoupon, CandidatePromotion, PricingInput } from "@/lib/pricing/pricing-input";
import { buildPricingInput } from "@/lib/checkout/build-pricing-input";
import { cachedCouponTemplates } from "@/lib/checkout/pricing-cache";
import { couponCenter } from "@/lib/coupons/coupon-center";

export type DealPrice = {
  listPrice: number;
  /** 到手价: what one unit costs this shopper now, shipping aside */
  price: number;
  /** held coupons the price uses */
  couponIds: string[];
  /** campaigns whose coupon the price assumes the shopper claims first */
  claimCampaignIds: string[];
  promotionIds: string[];
};
export type OfferLabel = { promotionId: string; shopId: string | null; name: string; type: string; startsAt: string; endsAt: string; newUsers: boolean; memberLevels: string[] };
export type ClaimableOffer = Awaited<ReturnType<typeof couponCenter>>["items"][number];

const CLAIM_PREFIX = "campaign:";

/**
 * What a shopper (or a visitor, `null`) is offered on some SKUs right now, from the pricing engine
 * itself: per SKU the 到手价 of one unit with the best combination of coupons they hold or can
 * claim (claimable ones enter as virtual coupons), the live promotion labels by label priority,
 * the warm-up (预热) promotions still to start, and the claimable campaigns that cover these SKUs.
 */
export async function shopperOffers(shopperId: string | null, skuIds: string[], now = new Date()) {
  if (!skuIds.length) return { deals: {}, labels: {}, upcoming: {}, claimable: [] as ClaimableOffer[] };
  const center = await couponCenter(shopperId ?? "", undefined, now);
  const claimable = center.items.filter((c) => c.canClaim);
  const templates = await cachedCouponTemplates([...new Set(claimable.map((c) => c.templateId))]);
  const extraCoupons: CandidateCoupon[] = claimable
    .filter((c) => templates.has(c.templateId))
    .map((c) => ({ ...templates.get(c.templateId)!, id: CLAIM_PREFIX + c.campaignId, validFrom: now, validTo: new Date(now.getTime() + 86_400_000), state: "UNUSED" }));

  const input = await buildPricingInput({ shopperId, lines: skuIds.map((skuId) => ({ skuId, quantity: 1 })), autoSelectCoupons: true, extraCoupons }, now, { cached: true });
  const deals: Record<string, DealPrice> = {};
  for (const skuId of skuIds) {
    const r = priceCart({ ...input, lines: [{ skuId, quantity: 1 }] }, now);
    const price = r.lines.filter((l) => l.skuId === skuId && !l.gift).reduce((a, l) => a + l.payable, 0);
    // 到手价 leaves shipping aside: a shipping coupon in the best combination is not part of it
    const goodsCoupons = r.coupons.selected.filter((id) => input.coupons.find((c) => c.id === id)?.kind !== "SHIPPING");
    deals[skuId] = {
      listPrice: input.skus[skuId].price,
      price,
      couponIds: goodsCoupons.filter((id) => !id.startsWith(CLAIM_PREFIX)),
      claimCampaignIds: goodsCoupons.filter((id) => id.startsWith(CLAIM_PREFIX)).map((id) => id.slice(CLAIM_PREFIX.length)),
      promotionIds: r.applied.filter((a) => a.kind === "PROMOTION" && a.id).map((a) => a.id!),
    };
  }
  const { labels, upcoming } = labelsFor(input, shopperId, skuIds, now);
  const relevant = claimable.filter((c) => {
    const t = templates.get(c.templateId);
    return t && skuIds.some((id) => inScope(t.scope, input.skus[id], t.shopId));
  });
  return { deals, labels, upcoming, claimable: relevant };
}

/**
 * Only the promotion labels of some SKUs (live and warm-up, by label priority) — what the cart
 * needs to group lines — without pricing each SKU or reading the coupon center.
 */
export async function promotionLabels(shopperId: string | null, skuIds: string[], now = new Date()) {
  if (!skuIds.length) return { labels: {} as Record<string, OfferLabel[]>, upcoming: {} as Record<string, OfferLabel[]> };
  const input = await buildPricingInput({ shopperId, lines: skuIds.map((skuId) => ({ skuId, quantity: 1 })), autoSelectCoupons: true }, now, { cached: true });
  return labelsFor(input, shopperId, skuIds, now);
}

const label = (p: CandidatePromotion): OfferLabel => ({ promotionId: p.id, shopId: p.shopId, name: p.name, type: p.type, startsAt: p.startsAt.toISOString(), endsAt: p.endsAt.toISOString(), newUsers: Boolean(p.audience.newUsersOnly), memberLevels: p.audience.memberLevels ?? [] });
const byPriority = (a: CandidatePromotion, b: CandidatePromotion) => b.labelPriority - a.labelPriority || a.endsAt.getTime() - b.endsAt.getTime();

/** Per SKU the promotions covering it, started (labels) and not yet (warm-up), by label priority. */
function labelsFor(input: PricingInput, shopperId: string | null, skuIds: string[], now: Date) {
  const labels: Record<string, OfferLabel[]> = {};
  const upcoming: Record<string, OfferLabel[]> = {};
  for (const skuId of skuIds) {
    const sku = input.skus[skuId];
    // a signed-in shopper sees only offers meant for them (a returning shopper no 新人 label); visitors see all
    const covering = input.promotions.filter((p) => inScope(p.scope, sku, p.shopId, p.withdrawnSkuIds) && p.endsAt > now && (shopperId === null || inAudience(p.audience, input.shopper, null, null))).sort(byPriority);
    labels[skuId] = covering.filter((p) => p.startsAt <= now).map(label);
    upcoming[skuId] = covering.filter((p) => p.startsAt > now).map(label);
  }
  return { labels, upcoming };
}
