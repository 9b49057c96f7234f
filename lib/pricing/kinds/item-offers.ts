import { percentOf } from "../money";
import type { PromotionRules } from "../promotion-rules";
import type { SkuInfo } from "../pricing-input";

// Item-level offers (stage 1): the discount of ONE unit of a SKU, before the floor cut.
// null = the offer does not name this SKU.

export function discountUnitOff(rules: PromotionRules["DISCOUNT"], sku: SkuInfo): number | null {
  if (rules.percentOff !== undefined) return percentOf(sku.price, rules.percentOff);
  const item = rules.items?.find((i) => i.skuId === sku.id);
  if (!item) return null;
  if (item.percentOff !== undefined) return percentOf(sku.price, item.percentOff);
  if (item.specialPrice !== undefined) return Math.max(0, sku.price - item.specialPrice);
  return Math.min(item.amountOff ?? 0, sku.price);
}

export function flashSaleUnitOff(rules: PromotionRules["FLASH_SALE"], sku: SkuInfo): number | null {
  const item = rules.items.find((i) => i.skuId === sku.id);
  return item ? Math.max(0, sku.price - item.flashPrice) : null;
}

export function groupBuyUnitOff(rules: PromotionRules["GROUP_BUY"], sku: SkuInfo): number | null {
  const item = rules.items.find((i) => i.skuId === sku.id);
  return item ? Math.max(0, sku.price - item.groupPrice) : null;
}

export function memberUnitOff(sku: SkuInfo, level: string): number | null {
  const memberPrice = sku.memberPrices[level];
  return memberPrice !== undefined && memberPrice < sku.price ? sku.price - memberPrice : null;
}
