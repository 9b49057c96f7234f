// POST /api/orders/{id}/refunds – ask for a refund {lines, reason, type}; approved at once below the
// shop's auto-approve amount, else PENDING until the shop decides
import { shopperRoute, json } from "@/lib/api/handler";
import { refundBodySchema } from "@/lib/orders/refund-schemas";
import { requestRefund } from "@/lib/orders/refund-order";

export const POST = shopperRoute({ body: refundBodySchema }, async ({ body, scope, params }) => {
  const { refund, created } = await requestRefund(scope, params.id, body);
  return json(refund, created ? 201 : 200);
});
