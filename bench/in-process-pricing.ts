import { priceCart } from "@/lib/pricing/price-cart";
import { benchInput } from "./pricing-cart";

/** (a) priceCart on the benchmark cart, in this process: median and p99 per cart. */
export function benchInProcess(iterations = 3000, o: { newKinds?: boolean } = {}) {
  const { input, now } = benchInput(o);
  for (let i = 0; i < 300; i++) priceCart(input, now);
  const times: number[] = [];
  for (let i = 0; i < iterations; i++) {
    const t = process.hrtime.bigint();
    priceCart(input, now);
    times.push(Number(process.hrtime.bigint() - t) / 1e6);
  }
  times.sort((a, b) => a - b);
  const r = priceCart(input, now);
  return {
    iterations,
    medianMs: times[Math.floor(iterations / 2)],
    p99Ms: times[Math.floor(iterations * 0.99)],
    cart: { lines: input.lines.length, promotions: input.promotions.length, coupons: input.coupons.length, applied: r.applied.length, selectedCoupons: r.coupons.selected.length, total: r.total },
  };
}
