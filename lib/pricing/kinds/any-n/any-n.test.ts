import { describe, expect, it } from "vitest";
import { priceCart } from "../../price-cart";
import { cart, coupon, NOW, promo, sku } from "../../price-cart.fixtures";
import { anyNRulesSchema } from "./rules";

// N元任选 — worked examples of docs/pricing.md ("Promotion kinds added in round two").
const r399 = { n: 3, price: 9900 };
const skus = [sku("a", 5000), sku("b", 4000), sku("c", 3000)];
const NO_FEE = { A: { id: "A", name: "A", shippingFee: 0, freeShippingThreshold: null } };

describe("ANY_N 3 件 ¥99", () => {
  it.each([
    // units (most expensive first)            total   why
    [[["a", 2], ["b", 1], ["c", 1]], 12900, "50+50+40 → ¥99, the ¥30 unit at its price"],
    [[["a", 3]], 9900, "exactly three: ¥99"],
    [[["c", 3]], 9000, "three ¥30 units cost ¥90 < ¥99: nothing to save, list price"],
    [[["a", 6]], 19800, "two full groups"],
    [[["a", 2]], 10000, "two units: no group yet (hint: one more)"],
  ] as [[string, number][], number, string][])("%j → %i (%s)", (lines, total) => {
    const p = promo("ANY_N", r399);
    const r = priceCart(cart(skus, lines, { promotions: [p], shops: NO_FEE }), NOW);
    expect(r.total).toBe(total);
    // identities: total = subtotal − discounts + shipping; each line's units sum to what it pays
    expect(r.total).toBe(r.subtotal - r.itemDiscount - r.orderDiscount - r.couponDiscount + r.shippingFee - r.shippingDiscount);
  });

  it("the group's saving is split over its units by price (largest remainder), exactly", () => {
    const p = promo("ANY_N", r399);
    const r = priceCart(cart(skus, [["a", 2], ["b", 1], ["c", 1]], { promotions: [p] }), NOW);
    expect(r.lines.map((l) => l.discounts.reduce((a, d) => a + d.amount, 0))).toEqual([2928, 1172, 0]);
    expect(r.applied).toContainEqual(expect.objectContaining({ id: p.id, amount: 4100 }));
  });

  it("凑单: two units → 'one more for ¥99'", () => {
    const p = promo("ANY_N", r399);
    const r = priceCart(cart(skus, [["a", 2]], { promotions: [p] }), NOW);
    expect(r.notApplied).toContainEqual({ kind: "PROMOTION", id: p.id, reason: "THRESHOLD_NOT_MET" });
    expect(r.hints).toContainEqual(expect.objectContaining({ promotionId: p.id, basis: "QUANTITY", shortfall: 1 }));
  });

  it("with a member price: the item stage first (b at ¥35 for V1), then the group of 50+50+35 → ¥99", () => {
    const p = promo("ANY_N", r399);
    const withMember = [sku("a", 5000), sku("b", 4000, { memberPrices: { V1: 3500 } })];
    const r = priceCart(cart(withMember, [["a", 2], ["b", 1]], { promotions: [p] }), NOW);
    expect(r.itemDiscount).toBe(500);
    expect(r.orderDiscount).toBe(3600);
    expect(r.lines.reduce((a, l) => a + l.payable, 0)).toBe(9900);
  });

  it("a floor price is never crossed; a budget trims the saving", () => {
    const floored = [sku("a", 5000, { floorPrice: 4500 }), sku("b", 4000)];
    const r = priceCart(cart(floored, [["a", 2], ["b", 1]], { promotions: [promo("ANY_N", r399)] }), NOW);
    for (const l of r.lines.filter((x) => x.skuId === "a")) expect(l.payable).toBeGreaterThanOrEqual(2 * 4500);
    const capped = promo("ANY_N", r399, { limits: { budget: 1000 } });
    expect(priceCart(cart(skus, [["a", 3]], { promotions: [capped] }), NOW).orderDiscount).toBe(1000);
  });

  it("stacks with a coupon after it (coupons see what the group left; no shipping threshold in play)", () => {
    const r = priceCart(cart(skus, [["a", 3]], { promotions: [promo("ANY_N", r399)], coupons: [coupon("c1", { amountOff: 500 })], shops: NO_FEE }), NOW);
    expect(r.orderDiscount).toBe(5100);
    expect(r.couponDiscount).toBe(500);
  });

  it("bad rules: n < 2, a price of 0", () => {
    expect(anyNRulesSchema.safeParse({ n: 1, price: 9900 }).error?.issues[0]).toMatchObject({ path: ["n"], message: "must be at least 2" });
    expect(anyNRulesSchema.safeParse({ n: 3, price: 0 }).error?.issues[0]).toMatchObject({ path: ["price"] });
  });
});
