import { z } from "zod";

/** 第N件优惠: every n-th unit (the cheapest of each group of n) gets percentOff (100 = free). */
export const nthItemRulesSchema = z.object({
  n: z.number().int().min(2, "must be at least 2").max(20),
  percentOff: z.number().int().min(1, "must be 1–100").max(100, "must be 1–100"),
});
export type NthItemRules = z.infer<typeof nthItemRulesSchema>;
