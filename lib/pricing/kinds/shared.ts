import { z } from "zod";
import { formatYuan } from "../money";

// What the kinds of promotion share: tier thresholds, the basis (amount or units) and the words
// for thresholds. Each kind lives in its own folder (rules, apply, describe); ./index.ts is the registry.

export const basisSchema = z.enum(["AMOUNT", "QUANTITY"], { error: "must be AMOUNT or QUANTITY" });
export const thresholdSchema = z.number().int("must be whole").positive("must be greater than 0");
export type Basis = z.infer<typeof basisSchema>;

/** Tier thresholds must increase. */
export function increasing<T extends { threshold: number }>(tiers: T[], ctx: z.RefinementCtx) {
  tiers.forEach((tier, i) => {
    if (i > 0 && tier.threshold <= tiers[i - 1].threshold) ctx.addIssue({ code: "custom", path: ["tiers", i, "threshold"], message: "tier thresholds must increase" });
  });
}

/** Index of the highest tier whose threshold is reached (≥), or -1. Tiers are increasing. */
export function reachedTier<T extends { threshold: number }>(tiers: T[], value: number): number {
  let hit = -1;
  tiers.forEach((t, i) => {
    if (value >= t.threshold) hit = i;
  });
  return hit;
}

export type OrderOutcome = {
  /** discount in cents (0 when the threshold is not met) */
  discount: number;
  /** the next tier not yet reached, for 凑单 hints */
  next: { threshold: number; amountOff: number } | null;
};

export type Locale = "zh" | "en";
export type DescribeContext = { locale: Locale; skuName: (id: string) => string; /** the zone times are written in (the shop's; default the platform's) */ timeZone?: string };

/** A threshold in words: yuan, or units with a QUANTITY basis. */
export const thresholdWords = (basis: Basis | undefined, v: number, locale: Locale) => (basis === "QUANTITY" ? (locale === "zh" ? `${v} 件` : `${v} items`) : formatYuan(v));
/** percentOff in words: 8 折 / 20% off. */
export const percentWords = (off: number, locale: Locale) => (locale === "zh" ? `${(100 - off) / 10} 折` : `${off}% off`);
