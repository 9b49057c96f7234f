// GET /api/coupons/center?userId=&position= – claimable campaigns for a shopper
import { z } from "zod";
import { shopperRoute } from "@/lib/api/handler";
import { couponCenter } from "@/lib/coupons/coupon-center";

const querySchema = z.object({ userId: z.string().optional(), position: z.enum(["home", "product", "cart", "coupon-center"]).optional() });

export const GET = shopperRoute({ query: querySchema }, async ({ scope, query }) => couponCenter(scope, query.position));
