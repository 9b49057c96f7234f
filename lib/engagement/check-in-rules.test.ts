import { describe, expect, it } from "vitest";
import { nextStreak, previousDay, rewardFor } from "./check-in-rules";

describe("check-in rules", () => {
  it("counts days in a row across month and year ends; a gap starts again", () => {
    expect(previousDay("2026-03-01")).toBe("2026-02-28");
    expect(previousDay("2028-03-01")).toBe("2028-02-29");
    expect(previousDay("2027-01-01")).toBe("2026-12-31");
    expect(nextStreak("2027-01-01", { day: "2026-12-31", streak: 6 })).toBe(7);
    expect(nextStreak("2027-01-02", { day: "2026-12-31", streak: 6 })).toBe(1);
    expect(nextStreak("2027-01-02", null)).toBe(1);
  });
  it("rewards by the cycle's day: day 8 of a streak is day 1 of the next week", () => {
    const week = [5, 5, 10, 10, 15, 15, 30].map((points, i) => ({ points, couponTemplateId: i === 6 ? "t7" : null }));
    expect(rewardFor(7, week)).toEqual({ points: 30, couponTemplateId: "t7", cycleDay: 7 });
    expect(rewardFor(8, week)).toEqual({ points: 5, couponTemplateId: null, cycleDay: 1 });
  });
});
