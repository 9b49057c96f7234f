import { describe, expect, it } from "vitest";
import { priceCart } from "../../price-cart";
import { cart, NOW, promo, sku } from "../../price-cart.fixtures";
import { bundleRulesSchema } from "./rules";
import { bundleKind } from ".";

// 组合价 — worked examples of docs/pricing.md ("Promotion kinds added in round two").
const NO_FEE = { A: { id: "A", name: "A", shippingFee: 0, freeShippingThreshold: null } };
const skus = [sku("a", 5000), sku("b", 4000), sku("c", 1000)];
const ab79 = { items: [{ skuId: "a", quantity: 1 }, { skuId: "b", quantity: 1 }], bundlePrice: 7900 };
const scope = { skuIds: ["a", "b"] };

describe("BUNDLE a + b for ¥79", () => {
  it.each([
    [[["a", 1], ["b", 1]], 7900, "one set"],
    [[["a", 2], ["b", 1]], 12900, "one set and an a at its price"],
    [[["a", 2], ["b", 2]], 15800, "two sets"],
    [[["a", 1]], 5000, "half a set: list price"],
    [[["a", 1], ["b", 1], ["c", 1]], 8900, "c is not in the set"],
  ] as [[string, number][], number, string][])("%j → %i (%s)", (lines, total) => {
    const r = priceCart(cart(skus, lines, { promotions: [promo("BUNDLE", ab79, { scope })], shops: NO_FEE }), NOW);
    expect(r.total).toBe(total);
    expect(r.total).toBe(r.subtotal - r.itemDiscount - r.orderDiscount - r.couponDiscount + r.shippingFee - r.shippingDiscount);
  });

  it("the saving is split over the set's lines by the set units' amounts: a line's spare units do not dilute it", () => {
    const p = promo("BUNDLE", ab79, { scope });
    const r = priceCart(cart(skus, [["a", 2], ["b", 1]], { promotions: [p], shops: NO_FEE }), NOW);
    // ¥11 saving: a's set unit ¥50, b ¥40 → 611 / 489
    expect(r.lines.map((l) => l.discounts.reduce((a, d) => a + d.amount, 0))).toEqual([611, 489]);
  });

  it("with a 满减 of the same shop: both measured on the same base (¥140 → −¥11 −¥10)", () => {
    const fr = promo("FULL_REDUCTION", { basis: "AMOUNT", tiers: [{ threshold: 10000, amountOff: 1000 }] });
    const r = priceCart(cart(skus, [["a", 2], ["b", 1]], { promotions: [promo("BUNDLE", ab79, { scope }), fr], shops: NO_FEE }), NOW);
    expect(r.orderDiscount).toBe(2100);
    expect(r.total).toBe(11900);
  });

  it("凑单: half a set → 'add 1 more item'", () => {
    const p = promo("BUNDLE", ab79, { scope });
    const r = priceCart(cart(skus, [["a", 1]], { promotions: [p], shops: NO_FEE }), NOW);
    expect(r.hints).toContainEqual(expect.objectContaining({ promotionId: p.id, basis: "QUANTITY", shortfall: 1 }));
  });

  it("a partial refund keeps what the kept units still earn: one set of two kept → its saving; a broken set → nothing", () => {
    const kept = (skusKept: string[], prices: number[]) => ({ base: prices.reduce((a, p) => a + p, 0), units: prices.length, unitPrices: prices, unitSkus: skusKept });
    expect(bundleKind.earnedOnKept!(ab79, kept(["a", "b"], [5000, 4000]))).toBe(1100);
    expect(bundleKind.earnedOnKept!(ab79, kept(["a"], [5000]))).toBe(0);
  });

  it("bad rules: one SKU, a SKU twice; a bundle price not below the set's list price", () => {
    expect(bundleRulesSchema.safeParse({ items: [{ skuId: "a", quantity: 2 }], bundlePrice: 100 }).error?.issues[0]).toMatchObject({ path: ["items"], message: "a bundle needs at least two SKUs" });
    expect(bundleRulesSchema.safeParse({ items: [{ skuId: "a", quantity: 1 }, { skuId: "a", quantity: 1 }], bundlePrice: 100 }).error?.issues[0]).toMatchObject({ path: ["items", 1, "skuId"] });
    const list = (id: string) => ({ a: 5000, b: 4000 })[id];
    expect(bundleKind.listPriceIssues!({ ...ab79, bundlePrice: 9000 }, list)).toEqual({ bundlePrice: "must be below the set's list price (¥90.00)" });
    expect(bundleKind.listPriceIssues!(ab79, list)).toEqual({});
  });
});
