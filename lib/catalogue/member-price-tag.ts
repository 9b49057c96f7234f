/** A SKU's lowest member price and the level that gets it (the 会员价 tag), if any is below the price. */
export function memberPriceTag(memberPrices: Record<string, number>, price: number): { level: string; price: number } | null {
  const best = Object.entries(memberPrices)
    .filter(([, p]) => Number.isInteger(p) && p < price)
    .sort((a, b) => a[1] - b[1] || a[0].localeCompare(b[0]))[0];
  return best ? { level: best[0], price: best[1] } : null;
}
