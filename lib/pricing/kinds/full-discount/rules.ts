import { z } from "zod";
import { percentSchema } from "../../money-schemas";
import { basisSchema, increasing, thresholdSchema } from "../shared";

/** 满折: tiers `[{threshold, percentOff}]`, the highest reached applies. */
export const fullDiscountRulesSchema = z
  .object({ basis: basisSchema, tiers: z.array(z.object({ threshold: thresholdSchema, percentOff: percentSchema })).min(1, "add at least one tier").max(10) })
  .superRefine((r, ctx) => increasing(r.tiers, ctx));
export type FullDiscountRules = z.infer<typeof fullDiscountRulesSchema>;
