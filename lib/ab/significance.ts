/** Standard normal cumulative distribution (Abramowitz–Stegun 7.1.26 for erf; error < 1.5e-7). */
function normalCdf(z: number) {
  const x = Math.abs(z) / Math.SQRT2;
  const t = 1 / (1 + 0.3275911 * x);
  const erf = 1 - ((((1.061405429 * t - 1.453152027) * t + 1.421413741) * t - 0.284496736) * t + 0.254829592) * t * Math.exp(-x * x);
  return z >= 0 ? (1 + erf) / 2 : (1 - erf) / 2;
}

export type Significance = { z: number; pValue: number; significant: boolean; better: "A" | "B" | null };

/**
 * Two-proportion z-test: are conversion rates a/na and b/nb different? Two-sided, pooled
 * variance; significant at p < alpha. `better` names the higher rate when significant.
 */
export function twoProportionTest(a: number, na: number, b: number, nb: number, alpha = 0.05): Significance | null {
  if (na === 0 || nb === 0) return null;
  const pa = a / na;
  const pb = b / nb;
  const pooled = (a + b) / (na + nb);
  const se = Math.sqrt(pooled * (1 - pooled) * (1 / na + 1 / nb));
  if (se === 0) return { z: 0, pValue: 1, significant: false, better: null };
  const z = (pb - pa) / se;
  const pValue = 2 * (1 - normalCdf(Math.abs(z)));
  const significant = pValue < alpha;
  return { z, pValue, significant, better: significant ? (pb > pa ? "B" : "A") : null };
}
