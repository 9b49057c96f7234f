import { z } from "zod";
import { centsSchema } from "@/lib/pricing/money";

export const createShopBodySchema = z.object({
  name: z.string().trim().min(1, "is required").max(80),
  nameEn: z.string().trim().max(80).optional(),
  shippingFee: centsSchema,
  freeShippingThreshold: centsSchema.nullish(),
});
export type CreateShopBody = z.infer<typeof createShopBodySchema>;
