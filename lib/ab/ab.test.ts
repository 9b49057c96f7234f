import { describe, expect, it } from "vitest";
import { assignVariant } from "./assign-variant";
import { twoProportionTest } from "./significance";

describe("A/B assignment", () => {
  const variants = [
    { key: "A", weight: 30, rules: 1 },
    { key: "B", weight: 70, rules: 2 },
  ];

  it("is deterministic and sticky: the same shopper gets the same variant every time", () => {
    for (let i = 0; i < 200; i++) expect(assignVariant("p1", `s${i}`, variants)?.key).toBe(assignVariant("p1", `s${i}`, variants)?.key);
  });

  it("is close to the configured split over 10,000 shoppers (30/70 within ±2 points), and independent between promotions", () => {
    const count = (promotionId: string) => Array.from({ length: 10_000 }, (_, i) => assignVariant(promotionId, `shopper-${i}`, variants)!.key).filter((k) => k === "A").length;
    const a1 = count("promo-1");
    expect(Math.abs(a1 - 3000)).toBeLessThan(200);
    const a2 = count("promo-2");
    expect(Math.abs(a2 - 3000)).toBeLessThan(200);
    const same = Array.from({ length: 2000 }, (_, i) => assignVariant("promo-1", `x${i}`, variants)!.key === assignVariant("promo-2", `x${i}`, variants)!.key).filter(Boolean).length;
    expect(same).toBeLessThan(1400); // 0.3² + 0.7² = 58 % agreement if independent, not 100 %
  });

  it("no variants: no assignment", () => {
    expect(assignVariant("p", "s", [])).toBeNull();
  });
});

describe("two-proportion z-test", () => {
  it("120/1000 vs 150/1000: z ≈ 1.96, p ≈ 0.05 — at the edge; 100/1000 vs 150/1000 is significant, B better", () => {
    const edge = twoProportionTest(120, 1000, 150, 1000)!;
    expect(edge.z).toBeCloseTo(1.96, 1);
    expect(edge.pValue).toBeGreaterThan(0.04);
    expect(edge.pValue).toBeLessThan(0.06);
    const clear = twoProportionTest(100, 1000, 150, 1000)!;
    expect(clear).toMatchObject({ significant: true, better: "B" });
    expect(clear.pValue).toBeLessThan(0.001);
  });

  it("equal rates are not significant; an empty arm gives no test", () => {
    expect(twoProportionTest(50, 500, 50, 500)).toMatchObject({ z: 0, significant: false, better: null });
    expect(twoProportionTest(1, 0, 1, 10)).toBeNull();
  });
});
