import { describe, expect, it } from "vitest";
import { chiSquare, drawOrder } from "./lottery-pick";

/** mulberry32: a seeded generator, so the distribution test gives the same draws every run. */
function seeded(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe("lottery draws", () => {
  const prizes = [
    { id: "coupon", weight: 5 },
    { id: "points", weight: 20 },
    { id: "goods", weight: 1 },
    { id: "thanks", weight: 74 },
  ];

  it("100,000 draws match the weights within the chi-square bound (3 degrees of freedom, p = 0.001: 16.27)", () => {
    const rand = seeded(20261129);
    const counts = new Map(prizes.map((p) => [p.id, 0]));
    for (let i = 0; i < 100_000; i++) {
      const first = drawOrder(prizes, rand())[0];
      counts.set(first.id, counts.get(first.id)! + 1);
    }
    const stat = chiSquare(prizes.map((p) => counts.get(p.id)!), prizes.map((p) => p.weight));
    expect(stat).toBeLessThan(16.27);
    // and a skewed wheel is caught by the same bound
    expect(chiSquare(prizes.map((p) => counts.get(p.id)!), [25, 25, 25, 25])).toBeGreaterThan(16.27);
  });

  it("the order after the landing prize goes round the wheel (the fall-back when a prize is out)", () => {
    expect(drawOrder(prizes, 0).map((p) => p.id)).toEqual(["coupon", "points", "goods", "thanks"]);
    expect(drawOrder(prizes, 0.255).map((p) => p.id)).toEqual(["goods", "thanks", "coupon", "points"]);
    expect(drawOrder(prizes, 0.9999).map((p) => p.id)).toEqual(["thanks", "coupon", "points", "goods"]);
    expect(drawOrder([], 0.5)).toEqual([]);
  });
});
