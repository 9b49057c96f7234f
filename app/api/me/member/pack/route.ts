// POST /api/me/member/pack – claim this month's coupon pack of my level (once a month)
import { z } from "zod";
import { shopperRoute, json } from "@/lib/api/handler";
import { platformOnly } from "@/lib/auth/shopper-scope";
import { claimMonthlyPack } from "@/lib/members/member-levels";

const bodySchema = z.object({ userId: z.string().optional() });

export const POST = shopperRoute({ body: bodySchema, summary: "Claim the monthly coupon pack (a double tap is one pack)" }, async ({ shopperId, scope }) => {
  platformOnly(scope);
  const r = await claimMonthlyPack(shopperId);
  return json(r, r.already ? 200 : 201);
});
