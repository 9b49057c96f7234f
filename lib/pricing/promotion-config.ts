import { z } from "zod";
import { centsSchema } from "./money-schemas";

// Audience, scope, limits and stacking of a promotion (API.md "Promotion body").

export const channelSchema = z.enum(["app", "mini-program", "web"]);

export const audienceSchema = z
  .object({
    newUsersOnly: z.boolean().optional(),
    memberLevels: z.array(z.string().regex(/^V\d{1,2}$/)).optional(),
    tags: z.array(z.string().min(1)).optional(),
    regions: z.array(z.string().min(1)).optional(),
    channels: z.array(channelSchema).optional(),
  })
  .default({});

export const scopeSchema = z
  .object({
    all: z.boolean().optional(),
    skuIds: z.array(z.string().min(1)).optional(),
    categoryIds: z.array(z.string().min(1)).optional(),
    excludeSkuIds: z.array(z.string().min(1)).optional(),
  })
  .default({ all: true });

export const limitsSchema = z
  .object({
    perUser: z.number().int().positive().optional(),
    perUserUnits: z.number().int().positive().optional(),
    totalStock: z.number().int().positive().optional(),
    budget: centsSchema.positive().optional(),
  })
  .default({});

export const stackingSchema = z
  .object({
    withCoupons: z.boolean().default(true),
    withPlatform: z.boolean().default(true),
    withOrderPromotions: z.boolean().optional(),
    /** stacks with other promotions of its own type (off by default: SPEC §3 same-type exclusivity) */
    withSameType: z.boolean().optional(),
    exclusiveGroup: z.string().trim().min(1).max(40).optional(),
  })
  .default({ withCoupons: true, withPlatform: true });

export type Audience = z.infer<typeof audienceSchema>;
export type Scope = z.infer<typeof scopeSchema>;
export type Limits = z.infer<typeof limitsSchema>;
export type Stacking = z.infer<typeof stackingSchema>;

/** An empty scope would silently match nothing; it is refused where promotions are built. */
export function scopeIsEmpty(s: Scope) {
  return !s.all && !s.skuIds?.length && !s.categoryIds?.length;
}
