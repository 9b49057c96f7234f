import type { Scope } from "@/lib/pricing/promotion-config";

type RuleItems = { items?: { skuId: string; stock?: number }[] };

/**
 * Index rows mirroring a promotion's scope and item rules: PromotionSku for chosen/item SKUs
 * (flash-sale items carry their stock), PromotionCategory for chosen categories. Candidate
 * promotions of a cart are then found by SKU or category instead of by reading JSON.
 */
export function scopeLinkRows(scope: Scope, rules: unknown) {
  const skus = new Map<string, { skuId: string; excluded: boolean; stock: number | null }>();
  for (const skuId of scope.skuIds ?? []) skus.set(skuId, { skuId, excluded: false, stock: null });
  for (const item of (rules as RuleItems).items ?? []) skus.set(item.skuId, { skuId: item.skuId, excluded: false, stock: item.stock ?? null });
  for (const skuId of scope.excludeSkuIds ?? []) skus.set(skuId, { skuId, excluded: true, stock: null });
  return {
    scopeAll: Boolean(scope.all),
    skus: [...skus.values()],
    categoryIds: [...new Set(scope.categoryIds ?? [])],
  };
}
