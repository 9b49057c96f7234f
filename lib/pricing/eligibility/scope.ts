import type { Scope } from "../promotion-config";
import type { SkuInfo } from "../pricing-input";

/**
 * A SKU is in scope when the owner matches (a shop's offer covers its own SKUs; a platform offer,
 * every shop's), the scope names it (all / SKU / category or an ancestor), it is not excluded
 * by the scope, withdrawn, or marked as excluded from all promotions.
 */
export function inScope(scope: Scope, sku: SkuInfo, ownerShopId: string | null, withdrawn?: string[]): boolean {
  if (sku.excludedFromPromotions) return false;
  if (ownerShopId && sku.shopId !== ownerShopId) return false;
  if (scope.excludeSkuIds?.includes(sku.id) || withdrawn?.includes(sku.id)) return false;
  if (scope.all) return true;
  if (scope.skuIds?.includes(sku.id)) return true;
  return Boolean(scope.categoryIds?.some((c) => sku.categoryIds.includes(c)));
}
