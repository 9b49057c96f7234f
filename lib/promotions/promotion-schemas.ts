import { isoDateTimeSchema } from "@/lib/validation/dates";
import { z } from "zod";
import { audienceSchema, limitsSchema, scopeIsEmpty, scopeSchema, stackingSchema } from "@/lib/pricing/promotion-config";
import { PROMOTION_TYPES, promotionRulesSchemas, type PromotionType } from "@/lib/pricing/promotion-rules";
import { kindOf } from "@/lib/pricing/kinds";

export const promotionTypeSchema = z.enum(PROMOTION_TYPES, {
  error: "is not a promotion type",
});

const fields = {
  name: z.string().trim().min(1, "is required").max(80, "at most 80 characters"),
  description: z.string().max(2000).optional(),
  shopId: z.string().min(1).nullish(),
  startsAt: isoDateTimeSchema,
  endsAt: isoDateTimeSchema,
  previewAt: isoDateTimeSchema.nullish(),
  audience: audienceSchema,
  scope: scopeSchema,
  rules: z.record(z.string(), z.unknown(), { error: "must be an object" }),
  limits: limitsSchema,
  stacking: stackingSchema,
  labelPriority: z.number().int().min(0).max(1000).optional(),
  /** A/B test: 2–5 variants with their own rules and a traffic split in percent (summing to 100) */
  variants: z
    .array(z.object({ key: z.string().regex(/^[A-E]$/, "variants are named A–E"), weight: z.number().int().min(1, "at least 1 %").max(99, "at most 99 %"), rules: z.record(z.string(), z.unknown(), { error: "must be an object" }) }))
    .max(5, "at most 5 variants")
    .optional(),
  /** the admin saw that a configured price is below a SKU's floor and accepts it */
  acknowledgeFloorWarnings: z.boolean().optional(),
  /** the admin saw the live or scheduled promotions of the same type it overlaps and accepts it */
  acknowledgeOverlaps: z.boolean().optional(),
};

type Checked = { type: PromotionType; startsAt: Date; endsAt: Date; previewAt?: Date | null; scope: z.infer<typeof scopeSchema>; rules: unknown; variants?: { key: string; weight: number; rules: unknown }[] };

/** Cross-field rules: the type's rules schema, end after start, preview before start, a scope. */
export function checkPromotion(p: Checked, ctx: z.RefinementCtx) {
  if (p.endsAt <= p.startsAt) ctx.addIssue({ code: "custom", path: ["endsAt"], message: "must be after startsAt" });
  if (p.previewAt && p.previewAt >= p.startsAt) ctx.addIssue({ code: "custom", path: ["previewAt"], message: "must be before startsAt" });
  const scopeFree = (kindOf(p.type)?.scopeFromRules(p.rules as never) ?? false) === true;
  if (!scopeFree && scopeIsEmpty(p.scope)) ctx.addIssue({ code: "custom", path: ["scope"], message: "choose all products, SKUs or categories" });
  const rules = promotionRulesSchemas[p.type].safeParse(p.rules);
  if (!rules.success) for (const issue of rules.error.issues) ctx.addIssue({ code: "custom", path: ["rules", ...issue.path.map(String)], message: issue.message });
  else for (const [path, message] of Object.entries(kindOf(p.type)?.windowIssues?.(rules.data as never, p) ?? {})) ctx.addIssue({ code: "custom", path: ["rules", ...path.split(".")], message });
  const variants = p.variants ?? [];
  if (variants.length === 1) ctx.addIssue({ code: "custom", path: ["variants"], message: "an A/B test needs at least 2 variants" });
  if (variants.length > 1 && variants.reduce((a, v) => a + v.weight, 0) !== 100) ctx.addIssue({ code: "custom", path: ["variants"], message: "weights must add up to 100" });
  variants.forEach((v, i) => {
    if (variants.findIndex((x) => x.key === v.key) !== i) ctx.addIssue({ code: "custom", path: ["variants", i, "key"], message: "is used twice" });
    const r = promotionRulesSchemas[p.type].safeParse(v.rules);
    if (!r.success) for (const issue of r.error.issues) ctx.addIssue({ code: "custom", path: ["variants", i, "rules", ...issue.path.map(String)], message: issue.message });
  });
}

export const createPromotionBodySchema = z
  .object({ ...fields, type: promotionTypeSchema })
  .superRefine((p, ctx) => checkPromotion(p, ctx))
  .transform((p) => ({
    ...p,
    rules: promotionRulesSchemas[p.type].parse(p.rules) as Record<string, unknown>,
    variants: (p.variants ?? []).map((v) => ({ ...v, rules: promotionRulesSchemas[p.type].parse(v.rules) as Record<string, unknown> })),
  }))
  // an order-level kind whose rules name its SKUs (组合价) without a scope: the scope is those SKUs
  .transform((p) => (kindOf(p.type)?.stage === "order" && scopeIsEmpty(p.scope) ? { ...p, scope: { ...p.scope, skuIds: ((p.rules.items ?? []) as { skuId: string }[]).map((i) => i.skuId) } } : p));
export type CreatePromotionBody = z.infer<typeof createPromotionBodySchema>;

/** PATCH: any subset of the fields; the merged promotion is checked again in the domain. */
export const updatePromotionBodySchema = z.object(fields).partial();
export type UpdatePromotionBody = z.infer<typeof updatePromotionBodySchema>;

export const reasonBodySchema = z.object({ reason: z.string().trim().min(2, "say why").max(500) });
export const withdrawItemsBodySchema = z.object({ skuIds: z.array(z.string().min(1)).min(1, "name at least one SKU") });
