import { attachRiskSubject, guardRisk } from "@/lib/risk/check-risk";
import type { Identity } from "@/lib/risk/request-identity";
import { db } from "@/lib/db/client";
import { AppError, notFound } from "@/lib/api/errors";
import { inAudience } from "@/lib/pricing/eligibility/audience";
import { audienceSchema } from "@/lib/pricing/promotion-config";
import { issueCoupon, toUserCouponDto } from "./issue-coupon";
import { assertOwnRecord, scopeOf, type Acting } from "@/lib/auth/shopper-scope";

/** How many of a campaign's coupons are claimable by `now` (all, unless released in time slots). */
export function releasedBy(slots: { at: string; quantity: number }[] | null, total: number, now: Date) {
  if (!slots?.length) return total;
  return Math.min(total, slots.filter((s) => new Date(s.at).getTime() <= now.getTime()).reduce((a, s) => a + s.quantity, 0));
}

/**
 * 领券: inside the claim window, for the campaign's audience, within the per-user limit and the
 * campaign's quantity. The shopper row is locked so one shopper's parallel claims are counted one
 * by one; the campaign's count is a conditional update, so it is never exceeded. A retried
 * request with the same requestKey answers with the first coupon.
 */
export async function claimCoupon(who: Acting, campaignId: string, requestKey?: string, now = new Date(), identity: Identity = { ip: null, deviceId: null }) {
  const scope = scopeOf(who);
  const shopperId = scope.shopperId;
  const key = requestKey ? `claim:${shopperId}:${requestKey}` : undefined;
  // 风控 first: a refusal changes nothing; a claim held for review goes through and waits for staff
  const face = await db.couponCampaign.findUnique({ where: { id: campaignId }, select: { shopId: true, template: { select: { amountOff: true, maxOff: true } } } });
  const risk = face && !(key && (await db.userCoupon.findUnique({ where: { requestKey: key }, select: { id: true } })))
    ? await guardRisk({ action: "CLAIM", shopId: face.shopId, shopperId, ...identity, valueCents: face.template.amountOff ?? face.template.maxOff ?? 0, subject: campaignId }, now)
    : null;
  const out = await db.$transaction(async (tx) => {
    const shopper = (await tx.$queryRaw<{ id: string; memberLevel: string; tags: string[]; region: string | null; firstOrderDone: boolean }[]>`
      SELECT id, "memberLevel", tags, region, "firstOrderDone" FROM "Shopper" WHERE id = ${shopperId} FOR UPDATE`)[0];
    if (!shopper) throw notFound("shopper");
    if (key) {
      const prior = await tx.userCoupon.findUnique({ where: { requestKey: key } });
      if (prior) return { coupon: toUserCouponDto(prior), created: false };
    }
    const campaign = await tx.couponCampaign.findUnique({ where: { id: campaignId }, include: { template: true } });
    if (!campaign || !campaign.active) throw notFound("campaign");
    assertOwnRecord(scope, campaign.template.shopId, "campaign");
    if (now < campaign.claimStartsAt) throw new AppError("NOT_STARTED", "Claiming has not started yet");
    if (now >= campaign.claimEndsAt) throw new AppError("ENDED", "Claiming has ended");
    const ctx = { id: shopper.id, memberLevel: shopper.memberLevel, tags: shopper.tags, region: shopper.region, isNewUser: !shopper.firstOrderDone };
    if (!inAudience(audienceSchema.parse(campaign.audience), ctx, null, null) || !inAudience(audienceSchema.parse(campaign.template.audience), ctx, null, null))
      throw new AppError("AUDIENCE", "This coupon is not offered to you");
    const mine = await tx.userCoupon.count({ where: { shopperId, campaignId } });
    if (mine >= campaign.perUserLimit) throw new AppError("LIMIT_REACHED", `You can claim ${campaign.perUserLimit} of these`);
    const released = releasedBy(campaign.releaseSlots as { at: string; quantity: number }[] | null, campaign.totalQuantity, now);
    const n = await tx.$executeRaw`UPDATE "CouponCampaign" SET "claimedCount" = "claimedCount" + 1 WHERE id = ${campaignId} AND "claimedCount" < ${released}`;
    if (n === 0) throw new AppError("SOLD_OUT", released < campaign.totalQuantity ? "All coupons of this round have been claimed; more come later" : "All coupons have been claimed");
    const coupon = await issueCoupon(tx, campaign.template, shopperId, "CLAIM", now, { campaignId, requestKey: key });
    await tx.analyticsEvent.create({ data: { type: "COUPON_CLAIM", shopperId, shopId: campaign.shopId, templateId: campaign.templateId, campaignId, dedupeKey: `claim:${coupon.id}` } });
    return { coupon: toUserCouponDto(coupon), created: true };
  });
  if (risk?.verdict === "REVIEW" && out.created) await attachRiskSubject(risk.decisionId, out.coupon.id);
  return out;
}
