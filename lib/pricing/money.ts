// All money is integer cents (分). Every rounding rule of the product lives in this module.
// No zod here: shop client components format money with it (the schemas are in money-schemas.ts).

/** A percentage discount is rounded down to the cent (SPEC §5). */
export function percentOf(amount: number, percent: number): number {
  return Math.floor((amount * percent) / 100);
}

/**
 * Splits `total` over `weights` in proportion, by the largest-remainder method: the parts always
 * sum exactly to `total`; ties of remainder go to the earlier index. Zero weights get nothing
 * unless every weight is zero (then the first index takes it all).
 */
export function allocate(total: number, weights: number[]): number[] {
  const n = weights.length;
  if (n === 0) return [];
  let sum = 0;
  for (const w of weights) sum += w;
  if (sum <= 0) return weights.map((_, i) => (i === 0 ? total : 0));
  const parts = new Array<number>(n);
  const rems = new Array<number>(n);
  let given = 0;
  if (total * sum <= Number.MAX_SAFE_INTEGER) {
    for (let i = 0; i < n; i++) {
      const x = total * weights[i]; // exact: below 2^53
      parts[i] = Math.floor(x / sum);
      rems[i] = x - parts[i] * sum;
      given += parts[i];
    }
  } else {
    // BigInt keeps total × weight exact for very large amounts
    const T = BigInt(total);
    const S = BigInt(sum);
    for (let i = 0; i < n; i++) {
      const x = T * BigInt(weights[i]);
      parts[i] = Number(x / S);
      rems[i] = Number(x % S);
      given += parts[i];
    }
  }
  // fewer than n cents are left: give them one by one to the largest remainder, earliest first
  for (let left = total - given; left > 0; left--) {
    let best = 0;
    for (let i = 1; i < n; i++) if (rems[i] > rems[best]) best = i;
    parts[best] += 1;
    rems[best] = -1;
  }
  return parts;
}

/**
 * Parses what a person types as yuan ("12", "12.3", "12.30", "¥1,299") into cents, by string
 * arithmetic — never through a float. Returns null when it is not an amount.
 */
export function parseYuan(text: string): number | null {
  const m = text.trim().replace(/^¥/, "").replace(/,/g, "").match(/^(\d{1,10})(?:\.(\d{1,2}))?$/);
  if (!m) return null;
  return Number(m[1]) * 100 + Number((m[2] ?? "").padEnd(2, "0"));
}

/** Cents as a plain yuan string for form fields ("12.30"). */
export const centsToYuanText = (cents: number) => `${Math.floor(cents / 100)}.${String(cents % 100).padStart(2, "0")}`;

/** ¥12.30 style display; formatting only, never arithmetic. */
export function formatYuan(cents: number): string {
  const sign = cents < 0 ? "−" : ""; // the minus sign (U+2212), as beside every discount
  const abs = Math.abs(cents);
  const yuan = Math.floor(abs / 100);
  const fen = abs % 100;
  // grouping by hand: Intl is far slower and this runs on the pricing hot path (hints)
  const grouped = String(yuan).replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  return `${sign}¥${grouped}.${String(fen).padStart(2, "0")}`;
}
