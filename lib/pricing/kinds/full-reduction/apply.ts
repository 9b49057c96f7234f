import { reachedTier, type OrderOutcome } from "../shared";
import type { FullReductionRules } from "./rules";

/** 满减: highest reached tier wins; or 每满X减Y (repeat) capped by maxOff. Never above the base. */
export function fullReduction(rules: FullReductionRules, base: number, units: number): OrderOutcome {
  const value = rules.basis === "QUANTITY" ? units : base;
  if (rules.repeat) {
    const threshold = rules.threshold!;
    const step = rules.amountOff!;
    const times = Math.floor(value / threshold);
    const capped = (n: number) => Math.min(n * step, rules.maxOff ?? Infinity, base);
    const discount = capped(times);
    const canGrow = rules.maxOff === undefined || discount < rules.maxOff;
    return { discount, next: canGrow ? { threshold: (times + 1) * threshold, amountOff: Math.min((times + 1) * step, rules.maxOff ?? Infinity) } : null };
  }
  const tiers = rules.tiers ?? [];
  const i = reachedTier(tiers, value);
  const next = tiers[i + 1] ? { threshold: tiers[i + 1].threshold, amountOff: tiers[i + 1].amountOff } : null;
  return { discount: i < 0 ? 0 : Math.min(tiers[i].amountOff, base), next };
}
