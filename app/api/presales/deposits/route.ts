// POST /api/presales/deposits – pay into a presale (预售): a deposit order that reserves the units (idempotent by idempotencyKey)
import { json, shopperRoute } from "@/lib/api/handler";
import { depositBodySchema } from "@/lib/presale/presale-schemas";
import { placeDeposit } from "@/lib/presale/place-deposit";

export const POST = shopperRoute({ body: depositBodySchema, summary: "Place a presale deposit order" }, async ({ body, scope }) => {
  const out = await placeDeposit(scope.shopperId, body, new Date(), scope.shopId);
  return json({ presaleId: out.presaleId, order: out.order }, out.created ? 201 : 200);
});
