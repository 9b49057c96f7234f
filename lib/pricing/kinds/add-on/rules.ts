import { z } from "zod";
import { centsSchema } from "../../money-schemas";
import { thresholdSchema } from "../shared";

/** 加价购/换购: once the other goods reach `threshold`, these SKUs may be bought at `addOnPrice` (up to `maxQuantity` each). */
export const addOnRulesSchema = z
  .object({
    threshold: thresholdSchema,
    items: z
      .array(z.object({ skuId: z.string().min(1).max(100), addOnPrice: centsSchema, maxQuantity: z.number({ error: "must be a whole number" }).int("must be a whole number").min(1, "at least 1").max(99, "at most 99").default(1) }))
      .min(1, "add at least one SKU")
      .max(10, "at most 10 SKUs"),
  })
  .superRefine((r, ctx) => {
    r.items.forEach((it, i) => {
      if (r.items.findIndex((x) => x.skuId === it.skuId) !== i) ctx.addIssue({ code: "custom", path: ["items", i, "skuId"], message: "is listed twice" });
    });
  });
export type AddOnRules = z.infer<typeof addOnRulesSchema>;
