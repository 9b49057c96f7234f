// POST /api/orders – place an order (re-priced on the server; idempotent by idempotencyKey)
import { routeIdentity } from "@/lib/risk/request-identity";
import { shopperRoute, json } from "@/lib/api/handler";
import { submitOrderBodySchema } from "@/lib/checkout/checkout-schemas";
import { submitOrder } from "@/lib/orders/submit-order";

export const POST = shopperRoute({ body: submitOrderBodySchema }, async ({ body, scope, req, ip, actor }) => {
  const { order, created } = await submitOrder({ ...body, shopperId: scope.shopperId, keyShopId: scope.shopId, identity: routeIdentity(req, ip, actor) });
  return json(order, created ? 201 : 200);
});
