import { db } from "@/lib/db/client";
import type { Promotion } from "@/lib/generated/prisma/client";
import type { CandidatePromotion, SkuInfo } from "@/lib/pricing/pricing-input";
import { audienceSchema, limitsSchema, scopeSchema, stackingSchema } from "@/lib/pricing/promotion-config";
import type { PromotionType } from "@/lib/pricing/promotion-rules";

/** Approved promotions that can matter at `now`: live, or in warm-up (shown as NOT_STARTED). */
export const LIVE_STATUSES = ["APPROVED", "SCHEDULED", "ACTIVE"] as const;

/**
 * Candidate promotions for a cart in one query: approved, not over, started or previewing, of
 * the cart's shops or the platform, and touching the cart's SKUs by scope-all, SKU or category
 * (the link tables mirror the scope JSON). Usage is filled in from the shopper's context.
 */
export async function loadPromotions(skus: SkuInfo[], now: Date): Promise<CandidatePromotion[]> {
  const shopIds = [...new Set(skus.map((s) => s.shopId))];
  const skuIds = skus.map((s) => s.id);
  const categoryIds = [...new Set(skus.flatMap((s) => s.categoryIds))];
  const rows = await db.promotion.findMany({
    where: {
      status: { in: [...LIVE_STATUSES] },
      endsAt: { gt: now },
      OR: [{ startsAt: { lte: now } }, { previewAt: { lte: now } }],
      AND: [
        { OR: [{ shopId: null }, { shopId: { in: shopIds } }] },
        { OR: [{ scopeAll: true }, { skus: { some: { skuId: { in: skuIds }, excluded: false } } }, { categories: { some: { categoryId: { in: categoryIds } } } }] },
      ],
    },
    include: { skus: { where: { withdrawnAt: { not: null } }, select: { skuId: true } }, variants: { orderBy: { key: "asc" } } },
  });
  return rows.map((r) => toCandidate(r, r.skus.map((s) => s.skuId)));
}

export function toCandidate(p: Promotion, withdrawn: string[], used?: { orders: number; units: number }): CandidatePromotion {
  return {
    id: p.id,
    name: p.name,
    type: p.type as PromotionType,
    shopId: p.shopId,
    startsAt: p.startsAt,
    endsAt: p.endsAt,
    audience: audienceSchema.parse(p.audience),
    scope: scopeSchema.parse(p.scope),
    rules: p.rules as never,
    variants: ((p as { variants?: { key: string; weight: number; rules: unknown }[] }).variants ?? []).map((v) => ({ key: v.key, weight: v.weight, rules: v.rules as never })),
    limits: limitsSchema.parse(p.limits),
    stacking: stackingSchema.parse(p.stacking),
    labelPriority: p.labelPriority,
    withdrawnSkuIds: withdrawn,
    usage: { userOrders: used?.orders ?? 0, userUnits: used?.units ?? 0, budgetUsed: p.budgetUsed, stockUsed: p.stockUsed },
  };
}
