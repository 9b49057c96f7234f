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
