import { describe, expect, it } from "vitest";
import { KINDS, PROMOTION_TYPES, SHOPPER_ORDER, kindLabels, kindOf, kindsIn, promotionRulesSchemas, typedRulesSchema } from ".";

// The registry of promotion kinds (issue 12 #3): one module per kind, everything else asks it.

describe("promotion kind registry", () => {
  it("lists every kind once, with its schema, stage, names in both languages and a place on the shop's page", () => {
    expect(new Set(PROMOTION_TYPES).size).toBe(KINDS.length);
    expect(Object.keys(promotionRulesSchemas).sort()).toEqual([...PROMOTION_TYPES].sort());
    for (const k of KINDS) {
      expect(kindOf(k.type)).toBe(k);
      expect(promotionRulesSchemas[k.type]).toBe(k.rulesSchema);
      expect(kindLabels("zh")[k.type]).toMatch(/\S/);
      expect(kindLabels("en")[k.type]).toMatch(/\S/);
    }
    expect([...SHOPPER_ORDER].sort()).toEqual([...PROMOTION_TYPES].sort());
    expect(kindsIn("item").sort()).toEqual(["DISCOUNT", "FLASH_SALE", "GROUP_BUY"]);
    expect(kindsIn("order").sort()).toEqual(["ADD_ON", "ANY_N", "BUNDLE", "FULL_DISCOUNT", "FULL_REDUCTION", "GIFT", "NTH_ITEM", "PRESALE"]);
    expect(kindsIn("shipping")).toEqual(["SHIPPING"]);
    expect(kindOf("NOT_A_KIND")).toBeUndefined();
  });

  it("the discriminated union checks rules against the schema of their own type", () => {
    const tiers = { basis: "AMOUNT", tiers: [{ threshold: 10000, amountOff: 1000 }] };
    expect(typedRulesSchema.safeParse({ type: "FULL_REDUCTION", rules: tiers }).success).toBe(true);
    expect(typedRulesSchema.safeParse({ type: "NTH_ITEM", rules: tiers }).success).toBe(false);
    expect(typedRulesSchema.safeParse({ type: "NOPE", rules: tiers }).success).toBe(false);
  });

  it("each kind says its rules in words in both languages", () => {
    const k = (r: unknown) => kindOf("PRESALE")!.rulesSchema.parse(r) as never;
    const samples: Record<string, unknown> = {
      FULL_REDUCTION: { basis: "AMOUNT", tiers: [{ threshold: 10000, amountOff: 1000 }] },
      FULL_DISCOUNT: { basis: "QUANTITY", tiers: [{ threshold: 3, percentOff: 20 }] },
      DISCOUNT: { percentOff: 15 },
      NTH_ITEM: { n: 2, percentOff: 50 },
      GIFT: { basis: "AMOUNT", tiers: [{ threshold: 10000, gifts: [{ skuId: "g", quantity: 1 }] }] },
      SHIPPING: { threshold: 5000, free: true },
      FLASH_SALE: { items: [{ skuId: "a", flashPrice: 9900, stock: 10, perUserLimit: 1 }] },
      GROUP_BUY: { items: [{ skuId: "a", groupPrice: 9900 }], groupSize: 3, timeLimitMinutes: 60 },
      BUNDLE: { items: [{ skuId: "a", quantity: 1 }, { skuId: "b", quantity: 2 }], bundlePrice: 9900 },
      ANY_N: { n: 3, price: 9900 },
      ADD_ON: { threshold: 19900, items: [{ skuId: "s", addOnPrice: 990, maxQuantity: 1 }] },
      PRESALE: { items: [{ skuId: "tv", deposit: 5000, depositValue: 10000, stock: 10 }], balanceStartsAt: "2026-11-11T00:00:00+08:00", balanceEndsAt: "2026-11-12T00:00:00+08:00" },
    };
    for (const k of KINDS) {
      const rules = k.rulesSchema.parse(samples[k.type]);
      for (const locale of ["zh", "en"] as const) expect((k.describe as (r: unknown, c: unknown) => string[])(rules, { locale, skuName: (id: string) => `SKU ${id}` }).join(" ")).toMatch(/\S/);
    }
    expect(kindOf("FULL_REDUCTION")!.describe(samples.FULL_REDUCTION as never, { locale: "zh", skuName: String })).toEqual(["满 ¥100.00 减 ¥10.00"]);
    expect(kindOf("ANY_N")!.describe(samples.ANY_N as never, { locale: "zh", skuName: String })).toEqual(["任选 3 件 ¥99.00"]);
    expect(kindOf("ADD_ON")!.describe(samples.ADD_ON as never, { locale: "zh", skuName: (id) => `袜子${id}` })).toEqual(["满 ¥199.00 可 ¥9.90 换购 袜子s"]);
    expect(kindOf("PRESALE")!.describe(k(samples.PRESALE), { locale: "zh", skuName: (id) => id.toUpperCase() })).toEqual(["TV 定金 ¥50.00 抵 ¥100.00，限量 10 件，每人限 1 件；尾款 2026-11-11 00:00 Asia/Shanghai (UTC+08:00) 起"]);
    expect(kindOf("BUNDLE")!.describe(samples.BUNDLE as never, { locale: "en", skuName: (id) => id.toUpperCase() })).toEqual(["A + B × 2 together for ¥99.00"]);
  });
});
