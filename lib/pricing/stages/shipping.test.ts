import { describe, expect, it } from "vitest";
import { priceCart } from "../price-cart";
import { cart, coupon, NOW, promo, sku } from "../price-cart.fixtures";

describe("stage 6 — shipping", () => {
  it("each shop charges its fee once: A ¥10 + B ¥8", () => {
    const r = priceCart(cart([sku("a", 1000), sku("a2", 1000), sku("b", 1000, { shopId: "B" })], [["a", 1], ["a2", 2], ["b", 1]]), NOW);
    expect(r.shippingFee).toBe(1800);
    expect(r.shippingDiscount).toBe(0);
  });

  it("waived when the shop's goods payable after coupons is ≥ its free-shipping threshold", () => {
    const r = priceCart(cart([sku("a", 9900)], [["a", 1]], { couponSelection: { mode: "explicit", ids: [] } }), NOW);
    expect(r.shippingDiscount).toBe(1000);
    // a ¥1 coupon takes the payable to ¥98 < ¥99: the fee comes back
    const withCoupon = priceCart(cart([sku("a", 9900)], [["a", 1]], { coupons: [coupon("c", { amountOff: 100 })], couponSelection: { mode: "explicit", ids: ["c"] } }), NOW);
    expect(withCoupon.shippingDiscount).toBe(0);
    expect(withCoupon.total).toBe(9800 + 1000);
  });

  it("auto-select counts the shipping a coupon costs: a ¥1 coupon that loses free shipping is not chosen", () => {
    const r = priceCart(cart([sku("a", 9900)], [["a", 1]], { coupons: [coupon("c", { amountOff: 100 })] }), NOW);
    expect(r.coupons.selected).toEqual([]);
    expect(r.total).toBe(9900);
  });

  it("a SHIPPING promotion (满39包邮) tests the same amount", () => {
    const p = promo("SHIPPING", { threshold: 3900, free: true }, { shopId: "B" });
    const at = (price: number) => priceCart(cart([sku("b", price, { shopId: "B" })], [["b", 1]], { promotions: [p] }), NOW);
    expect(at(3900).shippingDiscount).toBe(800);
    const short = at(3800);
    expect(short.shippingDiscount).toBe(0);
    expect(short.hints).toContainEqual(expect.objectContaining({ promotionId: p.id, shortfall: 100, amountOff: 800 }));
  });

  it("a shipping coupon reduces what is left of the fee, never more than the fee", () => {
    const c = coupon("ship", { kind: "SHIPPING", shopId: "B", amountOff: 2000 });
    const r = priceCart(cart([sku("b", 1000, { shopId: "B" })], [["b", 1]], { coupons: [c] }), NOW);
    expect(r.coupons.selected).toEqual(["ship"]);
    expect(r.shippingDiscount).toBe(800);
    expect(r.total).toBe(1000);
  });
});

describe("member free shipping (a level benefit)", () => {
  it("waives every shop's fee whatever the amount, as a free-shipping line", () => {
    const input = cart([sku("a", 1000), sku("b", 1000, { shopId: "B" })], [["a", 1], ["b", 1]]);
    const plain = priceCart(input, NOW);
    expect(plain.shippingFee - plain.shippingDiscount).toBe(1800);
    const member = priceCart({ ...input, shopper: { ...input.shopper, freeShipping: true } }, NOW);
    expect(member.shippingDiscount).toBe(1800);
    expect(member.total).toBe(plain.total - 1800);
    expect(member.applied.filter((a) => a.type === "FREE_SHIPPING").map((a) => a.amount)).toEqual([1000, 800]);
  });
});
