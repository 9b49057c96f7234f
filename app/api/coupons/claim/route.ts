// POST /api/coupons/claim – claim a coupon of a campaign → user coupon (201; a retried requestKey → 200)
import { shopperRoute, json } from "@/lib/api/handler";
import { claimBodySchema } from "@/lib/coupons/coupon-schemas";
import { claimCoupon } from "@/lib/coupons/claim-coupon";
import { routeIdentity } from "@/lib/risk/request-identity";

export const POST = shopperRoute({ body: claimBodySchema, rateLimit: { name: "claim", limit: 20, windowMs: 10_000 } }, async ({ scope, body, req, ip, actor }) => {
  const { coupon, created } = await claimCoupon(scope, body.campaignId, body.requestKey, new Date(), routeIdentity(req, ip, actor));
  return json(coupon, created ? 201 : 200);
});
