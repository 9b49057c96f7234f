import { isoDateSchema } from "@/lib/validation/dates";
import { z } from "zod";
import { memberLevelSchema } from "@/lib/catalogue/product-schemas";

export const upsertShopperBodySchema = z.object({
  externalId: z.string().trim().min(1, "is required").max(120),
  name: z.string().trim().min(1, "is required").max(120),
  email: z.string().trim().toLowerCase().email("is not an email address").optional(),
  memberLevel: memberLevelSchema.optional(),
  tags: z.array(z.string().trim().min(1).max(40)).max(100).optional(),
  region: z.string().trim().max(60).optional(),
  birthday: isoDateSchema.optional(),
  firstOrderDone: z.boolean().optional(),
  growth: z.number().int().nonnegative().optional(),
  points: z.number().int().nonnegative().optional(),
});
export type UpsertShopperBody = z.infer<typeof upsertShopperBodySchema>;
