// POST /api/presales/{id}/balance – the balance order of a paid deposit, priced now by the engine (idempotent by idempotencyKey)
import { json, shopperRoute } from "@/lib/api/handler";
import { balanceBodySchema } from "@/lib/presale/presale-schemas";
import { placeBalance } from "@/lib/presale/place-balance";

export const POST = shopperRoute({ body: balanceBodySchema, summary: "Place a presale's balance order" }, async ({ body, scope, params }) => {
  const out = await placeBalance(scope.shopperId, params.id, body, new Date(), scope.shopId);
  return json(out.order, out.created ? 201 : 200);
});
