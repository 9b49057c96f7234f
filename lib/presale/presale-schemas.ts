import { z } from "zod";
import { channelSchema } from "@/lib/pricing/promotion-config";
import { centsSchema } from "@/lib/pricing/money-schemas";

const id = z.string().trim().min(1, "is required").max(64, "at most 64 characters");
const idempotencyKey = z.string().trim().min(8, "at least 8 characters").max(100);

/** POST /api/presales/deposits */
export const depositBodySchema = z.object({
  userId: z.string().optional(),
  promotionId: id,
  skuId: id,
  quantity: z.number().int("must be a whole number").min(1, "must be at least 1").max(99, "at most 99").default(1),
  idempotencyKey,
});

/** POST /api/presales/{id}/balance */
export const balanceBodySchema = z.object({
  userId: z.string().optional(),
  idempotencyKey,
  couponIds: z.array(z.string().min(1).max(64)).max(20).optional(),
  autoSelectCoupons: z.boolean().optional(),
  region: z.string().trim().max(60).optional(),
  channel: channelSchema.optional(),
  /** the balance the shopper was shown (cents): another price is 409 PRICE_CHANGED */
  expectedTotal: centsSchema.optional(),
});

/** POST /api/admin/presales/{id}/cancel */
export const cancelPresaleBodySchema = z.object({ reason: z.string({ error: "say why" }).trim().min(2, "say why").max(500, "at most 500 characters") });
