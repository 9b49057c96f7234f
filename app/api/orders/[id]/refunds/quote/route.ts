// POST /api/orders/{id}/refunds/quote – what a refund would be (amount, deductions line by line,
// gifts, coupons, points); changes nothing
import { shopperRoute } from "@/lib/api/handler";
import { refundQuoteBodySchema } from "@/lib/orders/refund-schemas";
import { quoteRefund } from "@/lib/orders/refund-order";

export const POST = shopperRoute({ body: refundQuoteBodySchema }, async ({ body, scope, params }) => quoteRefund(scope, params.id, body));
