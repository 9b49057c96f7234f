import type { SkuInfo } from "../pricing-input";

/** 会员价: one unit's discount at the shopper's level (an item offer of stage 1, not a promotion). */
export function memberUnitOff(sku: SkuInfo, level: string): number | null {
  const memberPrice = sku.memberPrices[level];
  return memberPrice !== undefined && memberPrice < sku.price ? sku.price - memberPrice : null;
}
