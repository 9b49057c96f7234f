import { describe, expect, it } from "vitest";
import { localizeValidation } from "./validation-messages";

describe("localizeValidation", () => {
  it.each([
    ["tier thresholds must increase", "zh", "各档门槛须逐档递增"],
    ["tier thresholds must increase", "en", "tier thresholds must increase"],
    ["at most 30000", "zh", "最多 30000"],
    ["something new", "zh", "something new"],
  ])("%s (%s) → %s", (m, l, out) => expect(localizeValidation(m, l)).toBe(out));
});
