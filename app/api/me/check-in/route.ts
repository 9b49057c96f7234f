// GET /api/me/check-in – this month's check-ins, the streak, the next reward; POST {day?} – check in today (once a day)
import { z } from "zod";
import { shopperRoute, json } from "@/lib/api/handler";
import { platformOnly } from "@/lib/auth/shopper-scope";
import { checkIn, checkInStatus } from "@/lib/engagement/check-in";

const bodySchema = z.object({ day: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "must be a day, YYYY-MM-DD").optional(), userId: z.string().optional() });

export const GET = shopperRoute({ summary: "My check-in calendar and streak" }, async ({ shopperId, scope }) => {
  platformOnly(scope);
  return checkInStatus(shopperId);
});

export const POST = shopperRoute({ body: bodySchema, summary: "签到: check in today (a double tap is one check-in); `day`, when sent, must be today" }, async ({ shopperId, scope, body }) => {
  platformOnly(scope);
  const r = await checkIn(shopperId, new Date(), body.day);
  return json(r, r.already ? 200 : 201);
});
