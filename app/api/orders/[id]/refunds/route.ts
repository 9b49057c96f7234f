// POST /api/orders/{id}/refunds – refund units of lines at their ledger amounts
import { shopperRoute, json } from "@/lib/api/handler";
import { refundBodySchema } from "@/lib/orders/refund-schemas";
import { refundOrder } from "@/lib/orders/refund-order";

export const POST = shopperRoute({ body: refundBodySchema }, async ({ body, scope, params }) => {
  const { refund, created } = await refundOrder(scope, params.id, body);
  return json(
    {
      id: refund.id,
      amount: refund.amount,
      shippingAmount: refund.shippingAmount,
      deductedAmount: refund.deductedAmount,
      couponsReturned: refund.couponsReturned,
      couponsReclaimed: refund.couponsReclaimed,
      flagged: refund.flagged,
    },
    created ? 201 : 200,
  );
});
