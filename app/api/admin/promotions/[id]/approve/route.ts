// POST /api/admin/promotions/{id}/approve – lifecycle: approve
import { staffRoute } from "@/lib/api/handler";
import { changePromotionStatus } from "@/lib/promotions/promotion-lifecycle";

export const POST = staffRoute({ roles: ["ADMIN", "APPROVER"] }, async ({ actor, params }) => changePromotionStatus(actor, params.id, "approve"));
