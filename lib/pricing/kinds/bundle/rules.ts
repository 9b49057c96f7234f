import { z } from "zod";
import { centsSchema } from "../../money-schemas";

/** 组合价: each complete set of `items` (SKU × quantity) in the cart costs `bundlePrice`. */
export const bundleRulesSchema = z
  .object({
    items: z
      .array(z.object({ skuId: z.string().min(1).max(100), quantity: z.number({ error: "must be a whole number" }).int("must be a whole number").min(1, "at least 1").max(20, "at most 20") }))
      .min(2, "a bundle needs at least two SKUs")
      .max(10, "at most 10 SKUs"),
    bundlePrice: centsSchema.refine((v) => v > 0, "must be more than ¥0"),
  })
  .superRefine((r, ctx) => {
    r.items.forEach((it, i) => {
      if (r.items.findIndex((x) => x.skuId === it.skuId) !== i) ctx.addIssue({ code: "custom", path: ["items", i, "skuId"], message: "is in the bundle twice" });
    });
  });
export type BundleRules = z.infer<typeof bundleRulesSchema>;
