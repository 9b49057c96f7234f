// 大转盘: which prize a draw lands on — pure, so its distribution is testable. The random number
// comes from the caller (crypto in production, a seeded generator in the distribution test).

export type Weighted = { id: string; weight: number };

/**
 * The prizes in the order a draw tries them: the one `r` ∈ [0, 1) lands on by weight, then the
 * following ones round the wheel — a prize out of stock or over budget falls to the next outcome
 * (SPEC §10). Weights are positive integers (checked when the lottery is saved).
 */
export function drawOrder<T extends Weighted>(prizes: T[], r: number): T[] {
  const total = prizes.reduce((a, p) => a + p.weight, 0);
  if (!prizes.length || total <= 0) return [];
  let target = Math.floor(r * total);
  let at = 0;
  for (; at < prizes.length; at++) {
    if (target < prizes[at].weight) break;
    target -= prizes[at].weight;
  }
  at = Math.min(at, prizes.length - 1);
  return [...prizes.slice(at), ...prizes.slice(0, at)];
}

/** Pearson's chi-square statistic of observed counts against the weights' expectation. */
export function chiSquare(observed: number[], weights: number[]): number {
  const n = observed.reduce((a, b) => a + b, 0);
  const total = weights.reduce((a, b) => a + b, 0);
  return observed.reduce((acc, o, i) => {
    const e = (n * weights[i]) / total;
    return acc + ((o - e) * (o - e)) / e;
  }, 0);
}
