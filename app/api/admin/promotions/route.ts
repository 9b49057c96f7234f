// POST /api/admin/promotions – create a DRAFT promotion; GET – list with filters
import { z } from "zod";
import { staffRoute, json } from "@/lib/api/handler";
import { createPromotionBodySchema, promotionTypeSchema } from "@/lib/promotions/promotion-schemas";
import { createPromotion } from "@/lib/promotions/create-promotion";
import { listPromotions, PROMOTION_SORTS } from "@/lib/promotions/list-promotions";
import { toPromotionDto } from "@/lib/promotions/promotion-dto";

export const POST = staffRoute({ roles: ["ADMIN", "OPERATOR"], body: createPromotionBodySchema }, async ({ actor, body }) => json(await createPromotion(actor, body), 201));

const querySchema = z.object({
  status: z.enum(["DRAFT", "PENDING_REVIEW", "APPROVED", "REJECTED", "SCHEDULED", "ACTIVE", "ENDED", "TERMINATED"]).optional(),
  type: promotionTypeSchema.optional(),
  q: z.string().optional(),
  shopId: z.string().optional(),
  cursor: z.string().optional(),
  take: z.coerce.number().int().min(1).max(200).optional(),
  sort: z.enum(PROMOTION_SORTS).optional(),
  activeOn: z.coerce.date().optional(),
});

export const GET = staffRoute({ query: querySchema }, async ({ actor, query }) => {
  const { items, nextCursor } = await listPromotions(actor, query);
  return { items: items.map(toPromotionDto), nextCursor };
});
