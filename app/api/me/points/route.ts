// GET /api/me/points – the shopper's points balance and ledger, newest first
import { z } from "zod";
import { shopperRoute } from "@/lib/api/handler";
import { platformOnly } from "@/lib/auth/shopper-scope";
import { pointsHistory } from "@/lib/engagement/points-account";

const querySchema = z.object({ cursor: z.string().max(100).optional(), take: z.coerce.number().int().min(1).max(200).optional() });

export const GET = shopperRoute({ query: querySchema, summary: "My points: balance and history (every change with its reason)" }, async ({ shopperId, scope, query }) => {
  platformOnly(scope);
  return pointsHistory(shopperId, query);
});
