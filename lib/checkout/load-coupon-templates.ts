import { db } from "@/lib/db/client";
import type { CandidateCoupon } from "@/lib/pricing/pricing-input";
import { audienceSchema, scopeSchema } from "@/lib/pricing/promotion-config";

/** A coupon template as pricing needs it (everything of a candidate coupon but the shopper's copy). */
export type TemplateInfo = Omit<CandidateCoupon, "id" | "validFrom" | "validTo" | "state">;

export async function loadCouponTemplates(ids: string[]): Promise<Map<string, TemplateInfo>> {
  if (!ids.length) return new Map();
  const rows = await db.couponTemplate.findMany({ where: { id: { in: ids } } });
  return new Map(
    rows.map((t) => [
      t.id,
      {
        templateId: t.id,
        name: t.name,
        kind: t.kind,
        shopId: t.shopId,
        amountOff: t.amountOff,
        percentOff: t.percentOff,
        maxOff: t.maxOff,
        exchangeSkuId: t.exchangeSkuId,
        threshold: t.threshold,
        scope: scopeSchema.parse(t.scope),
        audience: audienceSchema.parse(t.audience),
        stacksWithPromotions: t.stacksWithPromotions,
        budgetLeft: t.budget === null ? null : Math.max(0, t.budget - t.budgetUsed),
      },
    ]),
  );
}
