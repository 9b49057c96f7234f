import type { ReasonCode } from "../../price-result";
import type { PricingInput } from "../../pricing-input";
import type { WorkLine } from "../../work-line";
import type { Gift } from "../kind";
import { reachedTier } from "../shared";
import type { GiftRules } from "./rules";

/** 满赠: the gifts of the highest reached tier. */
export function giftTier(rules: GiftRules, base: number, units: number) {
  const value = rules.basis === "QUANTITY" ? units : base;
  const i = reachedTier(rules.tiers, value);
  return { gifts: i < 0 ? [] : rules.tiers[i].gifts, next: rules.tiers[i + 1] ?? null };
}

/** Gift stock is shared by every promotion that gives the SKU in this cart. */
export function giftShortfall(gifts: Gift[], input: PricingInput, giftLines: WorkLine[]): ReasonCode | null {
  for (const g of gifts) {
    const given = giftLines.reduce((a, l) => a + (l.sku.id === g.skuId ? l.quantity : 0), 0);
    const sku = input.skus[g.skuId];
    if (!sku || sku.stock - given < g.quantity) return "STOCK_OUT";
  }
  return null;
}
