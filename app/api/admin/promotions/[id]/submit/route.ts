// POST /api/admin/promotions/{id}/submit {acknowledgeOverlaps?} – lifecycle: submit for review (422 OVERLAP_WARNING
// when same-type promotions overlap it that were not acknowledged when it was saved)
import { z } from "zod";
import { staffRoute } from "@/lib/api/handler";
import { changePromotionStatus } from "@/lib/promotions/promotion-lifecycle";

const bodySchema = z.object({ acknowledgeOverlaps: z.boolean().optional() });

export const POST = staffRoute({ roles: ["ADMIN", "OPERATOR"], body: bodySchema }, async ({ actor, params, body }) => changePromotionStatus(actor, params.id, "submit", undefined, new Date(), { acknowledgeOverlaps: body.acknowledgeOverlaps }));
