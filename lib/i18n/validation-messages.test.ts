import { describe, expect, it } from "vitest";
import { localizeValidation } from "./validation-messages";

describe("localizeValidation", () => {
  it.each([
    ["tier thresholds must increase", "zh", "各档门槛须逐档递增"],
    ["tier thresholds must increase", "en", "tier thresholds must increase"],
    ["at most 30000", "zh", "最多 30000"],
    ["something new", "zh", "something new"],
    ["at most 500 characters", "zh", "最多 500 个字符"],
    ["at least 2", "zh", "至少为 2"],
    ["must be less than 100", "zh", "须小于 100"],
    ["must be a number", "zh", "须为数字"],
  ])("%s (%s) → %s", (m, l, out) => expect(localizeValidation(m, l)).toBe(out));
});
