import { describe, expect, it } from "vitest";
import { priceCart } from "../../price-cart";
import { cart, coupon, NOW, promo, sku } from "../../price-cart.fixtures";
import { addOnKind } from ".";

// 加价购 — worked examples of docs/pricing.md ("Promotion kinds added in round two").
const NO_FEE = { A: { id: "A", name: "A", shippingFee: 0, freeShippingThreshold: null } };
const skus = [sku("a", 5000), sku("sock", 3000, { floorPrice: 500 })];
const rules = { threshold: 10000, items: [{ skuId: "sock", addOnPrice: 990, maxQuantity: 1 }] };

describe("ADD_ON 满 ¥100 可 ¥9.90 换购 socks (1 per order)", () => {
  it.each([
    [[["a", 2], ["sock", 1]], 10990, "¥100 of other goods: one pair at ¥9.90"],
    [[["a", 2], ["sock", 2]], 13990, "the second pair at its price"],
    [[["a", 1], ["sock", 1]], 8000, "¥50 of other goods: the socks do not count towards the threshold"],
    [[["a", 2]], 10000, "reached, nothing added: nothing off"],
  ] as [[string, number][], number, string][])("%j → %i (%s)", (lines, total) => {
    const r = priceCart(cart(skus, lines, { promotions: [promo("ADD_ON", rules)], shops: NO_FEE }), NOW);
    expect(r.total).toBe(total);
  });

  it("凑单 before the threshold: 'add ¥50 more' (no amount promised: the add-on is the reward)", () => {
    const p = promo("ADD_ON", rules);
    const r = priceCart(cart(skus, [["a", 1], ["sock", 1]], { promotions: [p], shops: NO_FEE }), NOW);
    expect(r.hints).toContainEqual(expect.objectContaining({ promotionId: p.id, basis: "AMOUNT", shortfall: 5000, amountOff: 0 }));
  });

  it("with a coupon: the coupon takes from what is left (¥109.90 − ¥10)", () => {
    const r = priceCart(cart(skus, [["a", 2], ["sock", 1]], { promotions: [promo("ADD_ON", rules)], coupons: [coupon("c1", { amountOff: 1000 })], shops: NO_FEE }), NOW);
    expect(r.couponDiscount).toBe(1000);
    expect(r.total).toBe(9990);
  });

  it("a floor above the add-on price wins; a partial refund below the threshold loses the add-on price", () => {
    const floored = [sku("a", 5000), sku("sock", 3000, { floorPrice: 1500 })];
    const r = priceCart(cart(floored, [["a", 2], ["sock", 1]], { promotions: [promo("ADD_ON", rules)], shops: NO_FEE }), NOW);
    expect(r.lines.find((l) => l.skuId === "sock")!.payable).toBe(1500);
    expect(addOnKind.earnedOnKept!(rules, { base: 5990, units: 2, unitPrices: [5000, 990], unitSkus: ["a", "sock"] })).toBe(0);
    expect(addOnKind.earnedOnKept!(rules, { base: 10990, units: 3, unitPrices: [5000, 5000, 990], unitSkus: ["a", "a", "sock"] })).toBe(Infinity);
  });

  it("an add-on price not below list is refused at save", () => {
    expect(addOnKind.listPriceIssues!({ ...rules, items: [{ skuId: "sock", addOnPrice: 3000, maxQuantity: 1 }] }, () => 3000)).toEqual({ "items.0.addOnPrice": "must be below the list price (¥30.00)" });
  });
});
