import { describe, expect, it } from "vitest";
import { orderEarnings, pointsExpiry, reversalFor } from "./points-rules";

describe("points rules", () => {
  it("1 point per ¥N of goods with a cap per order; growth without a cap; configurable", () => {
    expect(orderEarnings(12_345)).toEqual({ points: 123, growth: 123 });
    expect(orderEarnings(5_000_000)).toEqual({ points: 10_000, growth: 50_000 });
    expect(orderEarnings(12_345, { centsPerPoint: 1000, capPerOrder: 5, centsPerGrowth: 50, expiryYears: 1 })).toEqual({ points: 5, growth: 246 });
    expect(orderEarnings(-10)).toEqual({ points: 0, growth: 0 });
  });
  it("points expire at the end of the year N years on, in Shanghai", () => {
    expect(pointsExpiry(new Date("2026-12-31T20:00:00+08:00")).toISOString()).toBe("2027-12-31T15:59:59.999Z");
    expect(pointsExpiry(new Date("2026-12-31T17:00:00Z")).toISOString()).toBe("2028-12-31T15:59:59.999Z"); // already 2027 in Shanghai
    expect(pointsExpiry(new Date("2026-06-01T00:00:00+08:00"), { centsPerPoint: 100, capPerOrder: 1, centsPerGrowth: 100, expiryYears: 0 }).toISOString()).toBe("2026-12-31T15:59:59.999Z");
  });
  it("refunds take back in proportion, all of it on a full refund", () => {
    expect(reversalFor(100, 10_000, 0, 3_000, 0)).toBe(30);
    expect(reversalFor(100, 10_000, 3_000, 7_000, 30)).toBe(70);
  });
});
