// POST /api/admin/refunds/{id}/approve – the shop approves a pending refund: money, stock, coupons and points move
import { staffRoute } from "@/lib/api/handler";
import { approveRefund } from "@/lib/orders/refund-order";
import { refundDecisionBodySchema } from "@/lib/orders/refund-schemas";

export const POST = staffRoute({ roles: ["ADMIN", "OPERATOR"], body: refundDecisionBodySchema }, async ({ actor, params }) => approveRefund(actor, params.id));
