// POST /api/admin/promotions/{id}/terminate – lifecycle: terminate, with a reason
import { staffRoute } from "@/lib/api/handler";
import { reasonBodySchema } from "@/lib/promotions/promotion-schemas";
import { changePromotionStatus } from "@/lib/promotions/promotion-lifecycle";

export const POST = staffRoute({ roles: ["ADMIN", "APPROVER"], body: reasonBodySchema }, async ({ actor, params, body }) => changePromotionStatus(actor, params.id, "terminate", body.reason));
