import { z } from "zod";
import { centsSchema } from "../../money-schemas";

/** 拼团: per SKU a group price, for groups of `groupSize` filled within `timeLimitMinutes`. */
export const groupBuyRulesSchema = z.object({
  items: z.array(z.object({ skuId: z.string().min(1), groupPrice: centsSchema })).min(1, "add at least one SKU"),
  groupSize: z.number().int().min(2, "a group has at least 2 people").max(100),
  timeLimitMinutes: z.number().int().min(5).max(60 * 24 * 7),
  virtualCompletion: z.boolean().default(false),
});
export type GroupBuyRules = z.infer<typeof groupBuyRulesSchema>;
