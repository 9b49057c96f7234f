import { z } from "zod";
import { centsSchema } from "../../money-schemas";
import { basisSchema, increasing, thresholdSchema } from "../shared";

const reductionTierSchema = z.object({ threshold: thresholdSchema, amountOff: centsSchema.positive("must be greater than 0") });

/** 满减: tiers `[{threshold, amountOff}]` (highest reached wins), or `repeat: true` 每满X减Y with `maxOff`. */
export const fullReductionRulesSchema = z
  .object({
    basis: basisSchema,
    tiers: z.array(reductionTierSchema).max(10).optional(),
    repeat: z.boolean().optional(),
    threshold: thresholdSchema.optional(),
    amountOff: centsSchema.positive("must be greater than 0").optional(),
    maxOff: centsSchema.positive("must be greater than 0").optional(),
  })
  .superRefine((r, ctx) => {
    if (r.repeat) {
      if (r.threshold === undefined) ctx.addIssue({ code: "custom", path: ["threshold"], message: "is required with repeat" });
      if (r.amountOff === undefined) ctx.addIssue({ code: "custom", path: ["amountOff"], message: "is required with repeat" });
      // 每满¥100减¥100 gives the goods away: a discount must be less than what earns it
      else if (r.basis === "AMOUNT" && r.threshold !== undefined && r.amountOff >= r.threshold) ctx.addIssue({ code: "custom", path: ["amountOff"], message: "must be less than the threshold" });
      return;
    }
    if (!r.tiers?.length) return ctx.addIssue({ code: "custom", path: ["tiers"], message: "add at least one tier" });
    increasing(r.tiers, ctx);
    r.tiers.forEach((t, i) => {
      if (i > 0 && t.amountOff <= r.tiers![i - 1].amountOff) ctx.addIssue({ code: "custom", path: ["tiers", i, "amountOff"], message: "a higher tier must give more" });
      if (r.basis === "AMOUNT" && t.amountOff >= t.threshold) ctx.addIssue({ code: "custom", path: ["tiers", i, "amountOff"], message: "must be less than the threshold" });
    });
  });
export type FullReductionRules = z.infer<typeof fullReductionRulesSchema>;
