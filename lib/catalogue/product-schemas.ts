import { z } from "zod";
import { centsSchema } from "@/lib/pricing/money-schemas";

export const memberLevelSchema = z.string().regex(/^V\d{1,2}$/, "member level looks like V0, V1, …");

export const skuInputSchema = z
  .object({
    code: z.string().trim().min(1, "is required").max(64),
    name: z.string().trim().max(120).optional(),
    price: centsSchema,
    stock: z.number().int("must be a whole number").nonnegative("must not be negative"),
    floorPrice: centsSchema.nullish(),
    memberPrices: z.record(memberLevelSchema, centsSchema).optional(),
    excludedFromPromotions: z.boolean().optional(),
  })
  .superRefine((s, ctx) => {
    if (s.floorPrice != null && s.floorPrice > s.price)
      ctx.addIssue({ code: "custom", path: ["floorPrice"], message: "must not exceed the price" });
    for (const [level, p] of Object.entries(s.memberPrices ?? {}))
      if (p > s.price) ctx.addIssue({ code: "custom", path: ["memberPrices", level], message: "must not exceed the price" });
  });

export const createProductBodySchema = z
  .object({
    name: z.string().trim().min(1, "is required").max(120),
    nameEn: z.string().trim().max(120).optional(),
    description: z.string().max(5000).optional(),
    imageUrl: z.string().max(500).optional(),
    categoryId: z.string().min(1).nullish(),
    excludedFromPromotions: z.boolean().optional(),
    shopId: z.string().min(1).optional(),
    skus: z.array(skuInputSchema).min(1, "at least one SKU").max(200),
  })
  .superRefine((p, ctx) => {
    const seen = new Set<string>();
    p.skus.forEach((s, i) => {
      if (seen.has(s.code)) ctx.addIssue({ code: "custom", path: ["skus", i, "code"], message: "duplicate code" });
      seen.add(s.code);
    });
  });
export type CreateProductBody = z.infer<typeof createProductBodySchema>;
