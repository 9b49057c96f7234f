import { z } from "zod";
import { centsSchema } from "@/lib/pricing/money-schemas";
import { isTimeZone } from "@/lib/time/zone";

const timeZoneSchema = z.string().max(64).refine(isTimeZone, "is not a time zone (IANA name, e.g. Asia/Shanghai)");

export const createShopBodySchema = z.object({
  name: z.string().trim().min(1, "is required").max(80),
  nameEn: z.string().trim().max(80).optional(),
  shippingFee: centsSchema,
  freeShippingThreshold: centsSchema.nullish(),
  /** the shop's time zone (default Asia/Shanghai): its admin forms and "days" are in it */
  timeZone: timeZoneSchema.optional(),
  /** refunds below this many cents are approved at once (default ¥100) */
  refundAutoApproveBelow: centsSchema.optional(),
  /** a delivery to more shoppers than this waits for an APPROVER (default 5,000) */
  deliveryApprovalAbove: z.number({ error: "must be a whole number" }).int("must be a whole number").min(0, "must be 0 or more").max(100_000_000, "at most 100,000,000").optional(),
});
export type CreateShopBody = z.infer<typeof createShopBodySchema>;

/** PATCH /api/admin/shops/{id}: the shop's settings (its ADMIN, or platform ADMIN). */
export const updateShopBodySchema = createShopBodySchema.partial();
export type UpdateShopBody = z.infer<typeof updateShopBodySchema>;
