// GET /api/admin/shoppers/{id}/points – a shopper's balance and ledger (platform staff); POST {amount, note, idempotencyKey} – an adjustment (platform ADMIN / OPERATOR), audited
import { z } from "zod";
import { staffRoute } from "@/lib/api/handler";
import { forbidden } from "@/lib/api/errors";
import { adjustPoints, adjustPointsBodySchema, pointsHistory } from "@/lib/engagement/points-account";
import { assertShopperExists } from "@/lib/auth/shopper-exists";

const querySchema = z.object({ cursor: z.string().max(100).optional(), take: z.coerce.number().int().min(1).max(200).optional() });

export const GET = staffRoute({ query: querySchema, summary: "A shopper's points and ledger" }, async ({ actor, params, query }) => {
  if (actor.shopId) throw forbidden("Points are the platform's");
  await assertShopperExists(params.id);
  return pointsHistory(params.id, query);
});

export const POST = staffRoute({ roles: ["ADMIN", "OPERATOR"], body: adjustPointsBodySchema, summary: "Adjust a shopper's points with a note (one key = one adjustment)" }, async ({ actor, params, body }) => {
  await assertShopperExists(params.id);
  return adjustPoints(actor, params.id, body);
});
