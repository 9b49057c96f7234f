// POST /api/coupons/redeem – turn a redemption code into a coupon
import { routeIdentity } from "@/lib/risk/request-identity";
import { shopperRoute, json } from "@/lib/api/handler";
import { redeemBodySchema } from "@/lib/coupons/coupon-schemas";
import { redeemCode } from "@/lib/coupons/redeem-code";

export const POST = shopperRoute({ body: redeemBodySchema, rateLimit: { name: "redeem", limit: 10, windowMs: 60_000 } }, async ({ scope, body, req, ip, actor }) => json(await redeemCode(scope, body.code, new Date(), routeIdentity(req, ip, actor)), 201));
