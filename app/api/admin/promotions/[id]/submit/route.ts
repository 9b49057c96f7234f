// POST /api/admin/promotions/{id}/submit – lifecycle: submit
import { staffRoute } from "@/lib/api/handler";
import { changePromotionStatus } from "@/lib/promotions/promotion-lifecycle";

export const POST = staffRoute({ roles: ["ADMIN", "OPERATOR"] }, async ({ actor, params }) => changePromotionStatus(actor, params.id, "submit"));
