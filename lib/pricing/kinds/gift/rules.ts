import { z } from "zod";
import { basisSchema, increasing, thresholdSchema } from "../shared";

/** 满赠: tiers of gifts; the highest reached tier's gifts are added at 0. */
export const giftRulesSchema = z
  .object({
    basis: basisSchema,
    tiers: z
      .array(z.object({ threshold: thresholdSchema, gifts: z.array(z.object({ skuId: z.string().min(1), quantity: z.number().int().positive() })).min(1, "pick at least one gift") }))
      .min(1, "add at least one tier"),
  })
  .superRefine((r, ctx) => increasing(r.tiers, ctx));
export type GiftRules = z.infer<typeof giftRulesSchema>;
