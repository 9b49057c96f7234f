// POST /api/points-mall/{id}/exchange {idempotencyKey} – spend points on a coupon or goods (balance, limit and stock checked at once)
import { z } from "zod";
import { shopperRoute, json } from "@/lib/api/handler";
import { platformOnly } from "@/lib/auth/shopper-scope";
import { exchangePoints } from "@/lib/engagement/points-mall";

const bodySchema = z.object({ idempotencyKey: z.string().trim().min(8, "at least 8 characters").max(100), userId: z.string().optional() });

export const POST = shopperRoute({ body: bodySchema, summary: "Exchange points (one key = one exchange)" }, async ({ shopperId, scope, params, body }) => {
  platformOnly(scope);
  const { exchange, replayed } = await exchangePoints(shopperId, params.id, body.idempotencyKey);
  return json({ ...exchange, replayed }, replayed ? 200 : 201);
});
