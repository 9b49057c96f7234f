// POST /api/admin/shoppers – customer sync from the host system (upsert by externalId)
import { staffRoute, json } from "@/lib/api/handler";
import { upsertShopperBodySchema } from "@/lib/shoppers/shopper-schemas";
import { upsertShopper } from "@/lib/shoppers/upsert-shopper";

export const POST = staffRoute({ roles: ["ADMIN", "OPERATOR"], body: upsertShopperBodySchema }, async ({ actor, body }) => {
  const { created, shopper } = await upsertShopper(actor, body);
  return json(shopper, created ? 201 : 200);
});
