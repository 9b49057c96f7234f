import { z } from "zod";
import { centsSchema } from "../../money-schemas";

/** 秒杀: per SKU a flash price, the units for sale and a per-shopper limit. */
export const flashSaleRulesSchema = z.object({
  items: z
    .array(z.object({ skuId: z.string().min(1), flashPrice: centsSchema, stock: z.number().int().positive("must be at least 1"), perUserLimit: z.number().int().positive().default(1) }))
    .min(1, "add at least one SKU"),
});
export type FlashSaleRules = z.infer<typeof flashSaleRulesSchema>;
