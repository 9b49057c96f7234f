import { db } from "@/lib/db/client";
import { inAudience } from "@/lib/pricing/eligibility/audience";
import { audienceSchema } from "@/lib/pricing/promotion-config";
import { scopeOf, type Acting } from "@/lib/auth/shopper-scope";

/** 领券中心: campaigns claimable now at a position, for this shopper, with what is left and what they hold. */
export async function couponCenter(who: Acting, position?: string, now = new Date(), page: { cursor?: string; take?: number } = {}) {
  const { shopperId, shopId } = scopeOf(who);
  const take = Math.min(page.take ?? 100, 100);
  const [shopper, fetched] = await Promise.all([
    db.shopper.findUnique({ where: { id: shopperId } }),
    db.couponCampaign.findMany({
      where: { active: true, claimStartsAt: { lte: now }, claimEndsAt: { gt: now }, ...(position ? { positions: { has: position } } : {}), ...(shopId ? { template: { shopId } } : {}) },
      include: { template: true, shop: { select: { name: true } } },
      orderBy: [{ claimEndsAt: "asc" }, { id: "asc" }],
      take: take + 1,
      ...(page.cursor ? { cursor: { id: page.cursor }, skip: 1 } : {}),
    }),
  ]);
  const campaigns = fetched.slice(0, take);
  const nextCursor = fetched.length > take ? campaigns[campaigns.length - 1].id : null;
  const ctx = shopper ? { id: shopper.id, memberLevel: shopper.memberLevel, tags: shopper.tags, region: shopper.region, isNewUser: !shopper.firstOrderDone } : null;
  const mine = await db.userCoupon.groupBy({ by: ["campaignId"], where: { shopperId, campaignId: { in: campaigns.map((c) => c.id) } }, _count: { _all: true } });
  return {
    items: campaigns
      .filter((c) => !ctx || (inAudience(audienceSchema.parse(c.audience), ctx, null, null) && inAudience(audienceSchema.parse(c.template.audience), ctx, null, null)))
      .map((c) => {
        const claimed = mine.find((m) => m.campaignId === c.id)?._count._all ?? 0;
        return {
          campaignId: c.id,
          name: c.name || c.template.name,
          shopName: c.shop?.name ?? null,
          templateId: c.templateId,
          kind: c.template.kind,
          amountOff: c.template.amountOff,
          percentOff: c.template.percentOff,
          maxOff: c.template.maxOff,
          threshold: c.template.threshold,
          claimEndsAt: c.claimEndsAt.toISOString(),
          remaining: c.totalQuantity - c.claimedCount,
          claimed,
          canClaim: claimed < c.perUserLimit && c.claimedCount < c.totalQuantity,
        };
      }),
    nextCursor,
  };
}
