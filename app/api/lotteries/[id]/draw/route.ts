// POST /api/lotteries/{id}/draw {idempotencyKey} – one draw (free first, then points); the prize is won atomically
import { z } from "zod";
import { shopperRoute, json } from "@/lib/api/handler";
import { platformOnly } from "@/lib/auth/shopper-scope";
import { drawLottery } from "@/lib/engagement/lottery";

const bodySchema = z.object({ idempotencyKey: z.string().trim().min(8, "at least 8 characters").max(100), userId: z.string().optional() });

export const POST = shopperRoute({ body: bodySchema, summary: "Draw (one key = one draw)" }, async ({ shopperId, scope, params, body }) => {
  platformOnly(scope);
  const { draw, prize, replayed } = await drawLottery(shopperId, params.id, body.idempotencyKey);
  return json({ id: draw.id, free: draw.free, pointsSpent: draw.pointsSpent, prize: { id: prize.id, name: prize.name, kind: prize.kind, points: prize.points }, replayed }, replayed ? 200 : 201);
});
