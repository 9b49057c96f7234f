import { isoDateTimeSchema } from "@/lib/validation/dates";
import { z } from "zod";
import { centsSchema, percentSchema } from "@/lib/pricing/money-schemas";
import { audienceSchema, scopeSchema } from "@/lib/pricing/promotion-config";

export const createCouponTemplateBodySchema = z
  .object({
    name: z.string().trim().min(1, "is required").max(80),
    description: z.string().max(1000).optional(),
    kind: z.enum(["AMOUNT_OFF", "PERCENT_OFF", "SHIPPING", "EXCHANGE"], { error: "must be AMOUNT_OFF, PERCENT_OFF, SHIPPING or EXCHANGE" }),
    amountOff: centsSchema.positive("must be greater than 0").optional(),
    percentOff: percentSchema.optional(),
    maxOff: centsSchema.positive().optional(),
    exchangeSkuId: z.string().min(1).optional(),
    threshold: centsSchema.default(0),
    scope: scopeSchema,
    audience: audienceSchema,
    validFrom: isoDateTimeSchema.optional(),
    validTo: isoDateTimeSchema.optional(),
    validDays: z.number().int().min(1, "at least 1 day").max(3650).optional(),
    stacksWithPromotions: z.boolean(),
    totalQuantity: z.number().int().min(1, "at least 1").max(100_000_000),
    budget: centsSchema.positive().optional(),
    platformShare: z.number().int().min(0).max(100).optional(),
    shopShare: z.number().int().min(0).max(100).optional(),
    shopId: z.string().min(1).nullish(),
  })
  .superRefine((t, ctx) => {
    const need = (field: keyof typeof t, why: string) => t[field] === undefined && ctx.addIssue({ code: "custom", path: [field], message: why });
    if (t.kind === "AMOUNT_OFF" || t.kind === "SHIPPING") need("amountOff", `is required for ${t.kind}`);
    if (t.kind === "PERCENT_OFF") need("percentOff", "is required for PERCENT_OFF");
    if (t.kind === "EXCHANGE") need("exchangeSkuId", "is required for EXCHANGE");
    // a ¥500-off coupon on a ¥100 threshold pays shoppers to order: the discount must be below the threshold
    if (t.kind === "AMOUNT_OFF" && t.amountOff !== undefined && t.threshold > 0 && t.amountOff >= t.threshold) ctx.addIssue({ code: "custom", path: ["amountOff"], message: "must be less than the threshold" });
    const fixed = t.validFrom !== undefined || t.validTo !== undefined;
    if (fixed && t.validDays !== undefined) ctx.addIssue({ code: "custom", path: ["validDays"], message: "give validFrom/validTo or validDays, not both" });
    if (!fixed && t.validDays === undefined) ctx.addIssue({ code: "custom", path: ["validDays"], message: "give validFrom and validTo, or validDays" });
    if (fixed && (!t.validFrom || !t.validTo)) ctx.addIssue({ code: "custom", path: [t.validFrom ? "validTo" : "validFrom"], message: "is required" });
    if (t.validFrom && t.validTo && t.validTo <= t.validFrom) ctx.addIssue({ code: "custom", path: ["validTo"], message: "must be after validFrom" });
    if ((t.platformShare ?? 0) + (t.shopShare ?? 100) !== 100 && (t.platformShare !== undefined || t.shopShare !== undefined))
      ctx.addIssue({ code: "custom", path: ["shopShare"], message: "platformShare + shopShare must be 100" });
  });
export type CreateCouponTemplateBody = z.infer<typeof createCouponTemplateBodySchema>;

export const createCampaignBodySchema = z
  .object({
    templateId: z.string().min(1, "is required"),
    name: z.string().trim().max(80).optional(),
    claimStartsAt: isoDateTimeSchema,
    claimEndsAt: isoDateTimeSchema,
    positions: z.array(z.enum(["home", "product", "cart", "coupon-center"])).optional(),
    audience: audienceSchema,
    totalQuantity: z.number().int().min(1, "at least 1"),
    perUserLimit: z.number().int().min(1, "at least 1").max(100),
    /** 分时段放量: each slot makes `quantity` more claimable from `at` on */
    releaseSlots: z.array(z.object({ at: isoDateTimeSchema, quantity: z.number().int().min(1, "at least 1") })).max(48).optional(),
  })
  .refine((c) => c.claimEndsAt > c.claimStartsAt, { path: ["claimEndsAt"], message: "must be after claimStartsAt" })
  .refine((c) => !c.releaseSlots || c.releaseSlots.reduce((a, s) => a + s.quantity, 0) === c.totalQuantity, { path: ["releaseSlots"], message: "the slots must add up to totalQuantity" });
export type CreateCampaignBody = z.infer<typeof createCampaignBodySchema>;

/** one per click (the UI makes one per intent): the same key again is the same job or grant */
const idempotencyKey = z.string().trim().min(8, "at least 8 characters").max(100).optional();

export const codesBodySchema = z.union([
  z.object({ count: z.number().int().min(1, "at least 1").max(1_000_000, "at most 1,000,000"), singleUse: z.literal(true), idempotencyKey }),
  z.object({ code: z.string().trim().regex(/^[A-Za-z0-9_-]{4,32}$/, "4–32 letters, digits, - or _"), idempotencyKey }),
]);
export type CodesBody = z.infer<typeof codesBodySchema>;

export const claimBodySchema = z.object({ campaignId: z.string().min(1, "is required"), userId: z.string().optional(), requestKey: z.string().max(100).optional() });
export const redeemBodySchema = z.object({ code: z.string().trim().min(1, "is required").max(64), userId: z.string().optional() });
export const grantBodySchema = z.union([z.object({ userIds: z.array(z.string().min(1)).min(1, "choose at least one shopper").max(10_000), idempotencyKey }), z.object({ segmentId: z.string().min(1), idempotencyKey })]);
