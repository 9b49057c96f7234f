// POST /api/admin/refunds/{id}/reject {reason} – the shop refuses a pending refund; nothing moves
import { staffRoute } from "@/lib/api/handler";
import { rejectRefund } from "@/lib/orders/refund-order";
import { refundRejectBodySchema } from "@/lib/orders/refund-schemas";

export const POST = staffRoute({ roles: ["ADMIN", "OPERATOR"], body: refundRejectBodySchema }, async ({ actor, params, body }) => rejectRefund(actor, params.id, body.reason));
