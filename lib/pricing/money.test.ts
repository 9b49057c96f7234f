import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { allocate, centsToYuanText, formatYuan, parseYuan, percentOf } from "./money";

describe("percentOf rounds down to the cent", () => {
  it.each([
    [999, 10, 99], // 99.9 → 99
    [1000, 15, 150],
    [1, 50, 0], // half a cent → 0
    [29990, 33, 9896], // 9896.7 → 9896
  ])("%i at %i percent off → %i", (amount, pct, expected) => expect(percentOf(amount, pct)).toBe(expected));
});

describe("allocate (largest remainder)", () => {
  it("splits 100 over 1:1:1 as 34/33/33 — the tie goes to the earlier line", () => {
    expect(allocate(100, [1, 1, 1])).toEqual([34, 33, 33]);
  });
  it("splits 3000 over 10000/20000 as 1000/2000", () => expect(allocate(3000, [10000, 20000])).toEqual([1000, 2000]));
  it("gives the larger remainder first: 10 over 3/3/4 → 3/3/4", () => expect(allocate(10, [3, 3, 4])).toEqual([3, 3, 4]));
  it("5 over 2/2/2/2 (all remainders tie) → 2/1/1/1", () => expect(allocate(5, [2, 2, 2, 2])).toEqual([2, 1, 1, 1]));
  it("zero weights get nothing", () => expect(allocate(7, [0, 5, 0])).toEqual([0, 7, 0]));
  it("all-zero weights put everything on the first part", () => expect(allocate(7, [0, 0])).toEqual([7, 0]));

  it("property: parts are non-negative, sum exactly to the total, and each is within 1 cent of its exact share", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10_000_000 }), fc.array(fc.integer({ min: 0, max: 5_000_000 }), { minLength: 1, maxLength: 30 }), (total, weights) => {
        const parts = allocate(total, weights);
        const sum = weights.reduce((a, b) => a + b, 0);
        expect(parts.reduce((a, b) => a + b, 0)).toBe(total);
        parts.forEach((p, i) => {
          expect(p).toBeGreaterThanOrEqual(0);
          if (sum > 0) {
            const exact = (total * weights[i]) / sum;
            expect(Math.abs(p - exact)).toBeLessThan(1);
          }
        });
      }),
      { numRuns: 500 },
    );
  });
});

describe("formatYuan", () => {
  it.each([
    [0, "¥0.00"],
    [5, "¥0.05"],
    [129900, "¥1,299.00"],
    [-250, "−¥2.50"],
  ])("%i → %s", (cents, text) => expect(formatYuan(cents)).toBe(text));
});

describe("parseYuan (no float ever)", () => {
  it.each([
    ["12", 1200],
    ["12.3", 1230],
    ["12.30", 1230],
    ["0.07", 7],
    ["¥1,299.99", 129999],
    ["19.9", 1990],
  ])("%s → %i cents", (text, cents) => expect(parseYuan(text)).toBe(cents));
  it.each(["", "abc", "1.234", "-5", "1e3"])("%s is not an amount", (text) => expect(parseYuan(text)).toBeNull());
  it("round-trips with centsToYuanText", () => fc.assert(fc.property(fc.integer({ min: 0, max: 10_000_000_00 }), (c) => {
    expect(parseYuan(centsToYuanText(c))).toBe(c);
  })));
});
