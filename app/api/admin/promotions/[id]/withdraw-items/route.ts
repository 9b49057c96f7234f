// POST /api/admin/promotions/{id}/withdraw-items – take SKUs out of a live promotion (no review)
import { staffRoute } from "@/lib/api/handler";
import { withdrawItemsBodySchema } from "@/lib/promotions/promotion-schemas";
import { withdrawItems } from "@/lib/promotions/promotion-lifecycle";

export const POST = staffRoute({ roles: ["ADMIN", "OPERATOR", "APPROVER"], body: withdrawItemsBodySchema }, async ({ actor, params, body }) => withdrawItems(actor, params.id, body.skuIds));
