import { describe, expect, it } from "vitest";
import { fieldsFromZod } from "@/lib/api/errors";
import { promotionRulesSchemas } from "./promotion-rules";

const errorsOf = (type: keyof typeof promotionRulesSchemas, rules: unknown) => {
  const r = promotionRulesSchemas[type].safeParse(rules);
  return r.success ? null : fieldsFromZod(r.error);
};

describe("promotion rule schemas", () => {
  it("accepts increasing 满减 tiers", () => {
    expect(errorsOf("FULL_REDUCTION", { basis: "AMOUNT", tiers: [{ threshold: 30000, amountOff: 3000 }, { threshold: 60000, amountOff: 8000 }] })).toBeNull();
  });
  it("refuses tiers whose thresholds do not increase, naming the tier", () => {
    const errors = errorsOf("FULL_REDUCTION", { basis: "AMOUNT", tiers: [{ threshold: 30000, amountOff: 3000 }, { threshold: 30000, amountOff: 5000 }] });
    expect(errors).toEqual({ "tiers.1.threshold": "tier thresholds must increase" });
  });
  it("accepts 每满X减Y with a cap", () => {
    expect(errorsOf("FULL_REDUCTION", { basis: "AMOUNT", repeat: true, threshold: 10000, amountOff: 1000, maxOff: 5000 })).toBeNull();
  });
  it("refuses a percent outside 1–99 for 满折", () => {
    expect(errorsOf("FULL_DISCOUNT", { basis: "AMOUNT", tiers: [{ threshold: 100, percentOff: 100 }] })).toEqual({ "tiers.0.percentOff": "must be 1–99" });
  });
  it("a DISCOUNT item needs exactly one of percentOff / specialPrice / amountOff", () => {
    expect(errorsOf("DISCOUNT", { items: [{ skuId: "a", percentOff: 10, specialPrice: 100 }] })).not.toBeNull();
    expect(errorsOf("DISCOUNT", { items: [{ skuId: "a", specialPrice: 100 }] })).toBeNull();
  });
  it("a flash sale needs positive stock", () => {
    expect(errorsOf("FLASH_SALE", { items: [{ skuId: "a", flashPrice: 100, stock: 0, perUserLimit: 1 }] })).toEqual({ "items.0.stock": "must be at least 1" });
  });
  it("shipping needs amountOff or free", () => {
    expect(errorsOf("SHIPPING", { threshold: 3900 })).toEqual({ amountOff: "give amountOff or free: true" });
  });
});
