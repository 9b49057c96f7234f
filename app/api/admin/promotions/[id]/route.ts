// GET /api/admin/promotions/{id} – one promotion; PATCH – edit (approved/live ones go back to review)
import { staffRoute } from "@/lib/api/handler";
import { getPromotionOrThrow } from "@/lib/promotions/get-promotion";
import { toPromotionDto } from "@/lib/promotions/promotion-dto";
import { updatePromotionBodySchema } from "@/lib/promotions/promotion-schemas";
import { updatePromotion } from "@/lib/promotions/update-promotion";

export const GET = staffRoute({}, async ({ actor, params }) => toPromotionDto(await getPromotionOrThrow(actor, params.id)));

export const PATCH = staffRoute({ roles: ["ADMIN", "OPERATOR"], body: updatePromotionBodySchema }, async ({ actor, params, body }) => updatePromotion(actor, params.id, body));
