import { z } from "zod";
import { centsSchema } from "../../money-schemas";

/** N元任选: any `n` eligible units cost `price` together (3 件 ¥99). */
export const anyNRulesSchema = z.object({
  n: z.number({ error: "must be a whole number" }).int("must be a whole number").min(2, "must be at least 2").max(20, "at most 20"),
  price: centsSchema.refine((v) => v > 0, "must be more than ¥0"),
});
export type AnyNRules = z.infer<typeof anyNRulesSchema>;
