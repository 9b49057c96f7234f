import { describe, expect, it } from "vitest";
import { describeRules } from "./describe-rules";

describe("describeRules", () => {
  it.each([
    ["FULL_REDUCTION", { basis: "AMOUNT", tiers: [{ threshold: 30000, amountOff: 3000 }] }, "zh", "满 ¥300.00 减 ¥30.00"],
    ["FULL_REDUCTION", { basis: "AMOUNT", repeat: true, threshold: 10000, amountOff: 1000, maxOff: 5000 }, "en", "¥10.00 off every ¥100.00, up to ¥50.00"],
    ["FULL_DISCOUNT", { basis: "QUANTITY", tiers: [{ threshold: 3, percentOff: 20 }] }, "zh", "满 3 件 打 8 折"],
    ["NTH_ITEM", { n: 2, percentOff: 50 }, "zh", "第 2 件 5 折"],
    ["SHIPPING", { threshold: 3900, free: true }, "en", "Free shipping from ¥39.00"],
    ["NTH_ITEM", { n: 2, percentOff: 50 }, "en", "Every 2nd item 50% off"],
    ["NTH_ITEM", { n: 3, percentOff: 100 }, "en", "Every 3rd item free"],
  ])("%s %j (%s) → %s", (type, rules, locale, text) => expect(describeRules(type, rules, locale as "zh" | "en")[0]).toBe(text));
});
