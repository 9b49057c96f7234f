import { z } from "zod";
import { centsSchema, percentSchema } from "../../money-schemas";

const discountItemSchema = z
  .object({ skuId: z.string().min(1), percentOff: percentSchema.optional(), specialPrice: centsSchema.optional(), amountOff: centsSchema.positive().optional() })
  .refine((i) => [i.percentOff, i.specialPrice, i.amountOff].filter((v) => v !== undefined).length === 1, {
    message: "give exactly one of percentOff, specialPrice, amountOff",
  });

/** 限时折扣 / 特价 / 直降: per-SKU items, or `{percentOff}` for the whole scope. */
export const discountRulesSchema = z
  .object({ items: z.array(discountItemSchema).min(1, "add at least one SKU").optional(), percentOff: percentSchema.optional() })
  .refine((r) => (r.items === undefined) !== (r.percentOff === undefined), { message: "give items or percentOff", path: ["items"] });
export type DiscountRules = z.infer<typeof discountRulesSchema>;
