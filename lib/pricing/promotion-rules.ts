import { z } from "zod";
import { centsSchema, percentSchema } from "./money";

// Rules of each promotion type (API.md). The same schemas validate the admin form, the API body
// and the JSON column; numbers are cents or units.

const basisSchema = z.enum(["AMOUNT", "QUANTITY"], { error: "must be AMOUNT or QUANTITY" });
const thresholdSchema = z.number().int("must be whole").positive("must be greater than 0");

function increasing<T extends { threshold: number }>(tiers: T[], ctx: z.RefinementCtx) {
  tiers.forEach((tier, i) => {
    if (i > 0 && tier.threshold <= tiers[i - 1].threshold)
      ctx.addIssue({ code: "custom", path: ["tiers", i, "threshold"], message: "tier thresholds must increase" });
  });
}

const reductionTierSchema = z.object({ threshold: thresholdSchema, amountOff: centsSchema.positive("must be greater than 0") });

/** Tiers `[{threshold, amountOff}]` (highest reached wins), or `repeat: true` 每满X减Y with `maxOff`. */
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

export const fullDiscountRulesSchema = z
  .object({ basis: basisSchema, tiers: z.array(z.object({ threshold: thresholdSchema, percentOff: percentSchema })).min(1, "add at least one tier").max(10) })
  .superRefine((r, ctx) => increasing(r.tiers, ctx));

const discountItemSchema = z
  .object({ skuId: z.string().min(1), percentOff: percentSchema.optional(), specialPrice: centsSchema.optional(), amountOff: centsSchema.positive().optional() })
  .refine((i) => [i.percentOff, i.specialPrice, i.amountOff].filter((v) => v !== undefined).length === 1, {
    message: "give exactly one of percentOff, specialPrice, amountOff",
  });

/** Per-SKU items, or `{percentOff}` for the whole scope. */
export const discountRulesSchema = z
  .object({ items: z.array(discountItemSchema).min(1, "add at least one SKU").optional(), percentOff: percentSchema.optional() })
  .refine((r) => (r.items === undefined) !== (r.percentOff === undefined), { message: "give items or percentOff", path: ["items"] });

export const nthItemRulesSchema = z.object({
  n: z.number().int().min(2, "must be at least 2").max(20),
  percentOff: z.number().int().min(1, "must be 1–100").max(100, "must be 1–100"),
});

export const giftRulesSchema = z
  .object({
    basis: basisSchema,
    tiers: z
      .array(z.object({ threshold: thresholdSchema, gifts: z.array(z.object({ skuId: z.string().min(1), quantity: z.number().int().positive() })).min(1, "pick at least one gift") }))
      .min(1, "add at least one tier"),
  })
  .superRefine((r, ctx) => increasing(r.tiers, ctx));

export const shippingRulesSchema = z
  .object({ threshold: centsSchema, amountOff: centsSchema.positive().optional(), free: z.boolean().optional() })
  .refine((r) => r.free === true || r.amountOff !== undefined, { message: "give amountOff or free: true", path: ["amountOff"] });

export const flashSaleRulesSchema = z.object({
  items: z
    .array(z.object({ skuId: z.string().min(1), flashPrice: centsSchema, stock: z.number().int().positive("must be at least 1"), perUserLimit: z.number().int().positive().default(1) }))
    .min(1, "add at least one SKU"),
});

export const groupBuyRulesSchema = z.object({
  items: z.array(z.object({ skuId: z.string().min(1), groupPrice: centsSchema })).min(1, "add at least one SKU"),
  groupSize: z.number().int().min(2, "a group has at least 2 people").max(100),
  timeLimitMinutes: z.number().int().min(5).max(60 * 24 * 7),
  virtualCompletion: z.boolean().default(false),
});

export const promotionRulesSchemas = {
  FULL_REDUCTION: fullReductionRulesSchema,
  FULL_DISCOUNT: fullDiscountRulesSchema,
  DISCOUNT: discountRulesSchema,
  NTH_ITEM: nthItemRulesSchema,
  GIFT: giftRulesSchema,
  SHIPPING: shippingRulesSchema,
  FLASH_SALE: flashSaleRulesSchema,
  GROUP_BUY: groupBuyRulesSchema,
} as const;

export type PromotionType = keyof typeof promotionRulesSchemas;
export type PromotionRules = { [K in PromotionType]: z.infer<(typeof promotionRulesSchemas)[K]> };
