import type { PromotionRules } from "../promotion-rules";
import { reachedTier } from "./tiers";

/** 满赠: the gifts of the highest reached tier. */
export function giftTier(rules: PromotionRules["GIFT"], base: number, units: number) {
  const value = rules.basis === "QUANTITY" ? units : base;
  const i = reachedTier(rules.tiers, value);
  return { gifts: i < 0 ? [] : rules.tiers[i].gifts, next: rules.tiers[i + 1] ?? null };
}
