// POST /api/admin/shoppers/{id}/points {amount, note, idempotencyKey} – a staff points adjustment (platform ADMIN / OPERATOR), audited
import { staffRoute } from "@/lib/api/handler";
import { adjustPoints, adjustPointsBodySchema } from "@/lib/engagement/points-account";
import { assertShopperExists } from "@/lib/auth/shopper-exists";

export const POST = staffRoute({ roles: ["ADMIN", "OPERATOR"], body: adjustPointsBodySchema, summary: "Adjust a shopper's points with a note (one key = one adjustment)" }, async ({ actor, params, body }) => {
  await assertShopperExists(params.id);
  return adjustPoints(actor, params.id, body);
});
