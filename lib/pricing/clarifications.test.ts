import { describe, expect, it } from "vitest";
import { priceCart } from "./price-cart";
import { cart, coupon, NOW, promo, sku } from "./price-cart.fixtures";
import type { PricingInput } from "./pricing-input";

// The six money bugs found by the independent checker (issue 19) and the SPEC §5 clarifications
// that settle them; each number is worked out in docs/pricing.md.

const reasonOf = (r: ReturnType<typeof priceCart>, id: string) => r.notApplied.find((n) => n.id === id)?.reason;
const amountOf = (r: ReturnType<typeof priceCart>, id: string) => r.applied.filter((a) => a.id === id).reduce((x, a) => x + a.amount, 0);

describe("units at different prices inside one line", () => {
  it("第N件 takes the cheapest unit's own price: ¥100 × 2, one unit at 50% (perUserUnits 1) → the ¥50 unit gets half = ¥25", () => {
    const d = promo("DISCOUNT", { percentOff: 50 }, { id: "d", limits: { perUserUnits: 1 } });
    const nth = promo("NTH_ITEM", { n: 2, percentOff: 50 }, { id: "n" });
    const r = priceCart(cart([sku("s", 10000)], [["s", 2]], { promotions: [d, nth] }), NOW);
    expect(r.itemDiscount).toBe(5000);
    expect(amountOf(r, "n")).toBe(2500);
    expect(r.lines[0].payable).toBe(12500);
    expect(r.lines[0].units).toEqual([{ payable: 2500, count: 1 }, { payable: 10000, count: 1 }]);
  });

  it("a later share is spread over the units evenly and cut per unit at the floor", () => {
    // ¥100 × 2, floor ¥60; one unit at 40% off → cut to ¥60 by the floor; ¥30 off the line: ¥15 each,
    // the ¥60 unit can give nothing, so only ¥15 is given
    const d = promo("DISCOUNT", { percentOff: 40 }, { id: "d", limits: { perUserUnits: 1 } });
    const fr = promo("FULL_REDUCTION", { basis: "AMOUNT", tiers: [{ threshold: 10000, amountOff: 3000 }] }, { id: "f" });
    const r = priceCart(cart([sku("s", 10000, { floorPrice: 6000 })], [["s", 2]], { promotions: [d, fr] }), NOW);
    expect(r.lines[0].units).toEqual([{ payable: 6000, count: 1 }, { payable: 8500, count: 1 }]);
    expect(amountOf(r, "f")).toBe(1500);
  });

  it("the remainder cent goes to the first units: ¥10.01 over 2 units → 501 + 500", () => {
    const fr = promo("FULL_REDUCTION", { basis: "AMOUNT", tiers: [{ threshold: 100, amountOff: 1001 }] }, { id: "f" });
    const r = priceCart(cart([sku("s", 10000)], [["s", 2]], { promotions: [fr] }), NOW);
    expect(r.lines[0].units).toEqual([{ payable: 9499, count: 1 }, { payable: 9500, count: 1 }]);
  });
});

describe("budgets cap every kind", () => {
  it("a GIFT worth more than its budget left is not given (BUDGET_OUT)", () => {
    const g = promo("GIFT", { basis: "AMOUNT", tiers: [{ threshold: 100, gifts: [{ skuId: "gift", quantity: 1 }] }] }, { id: "g", limits: { budget: 5000 }, usage: { userOrders: 0, userUnits: 0, budgetUsed: 4900, stockUsed: 0 } });
    const r = priceCart(cart([sku("s", 20000), sku("gift", 3000)], [["s", 1]], { promotions: [g] }), NOW);
    expect(r.lines.filter((l) => l.gift)).toEqual([]);
    expect(reasonOf(r, "g")).toBe("BUDGET_OUT");
  });

  it("gift stock is shared: a shop GIFT and a platform GIFT of a SKU with 1 in stock give one unit", () => {
    const shopGift = promo("GIFT", { basis: "AMOUNT", tiers: [{ threshold: 100, gifts: [{ skuId: "gift", quantity: 1 }] }] }, { id: "g1" });
    const platformGift = promo("GIFT", { basis: "AMOUNT", tiers: [{ threshold: 100, gifts: [{ skuId: "gift", quantity: 1 }] }] }, { id: "g2", shopId: null });
    const r = priceCart(cart([sku("s", 20000), sku("gift", 3000, { stock: 1 })], [["s", 1]], { promotions: [shopGift, platformGift] }), NOW);
    expect(r.lines.filter((l) => l.gift).reduce((a, l) => a + l.quantity, 0)).toBe(1);
    expect(reasonOf(r, "g2")).toBe("STOCK_OUT");
  });

  it("a platform SHIPPING promotion has one budget over all shops: ¥5 left, two shops → ¥5 in all", () => {
    const ship = promo("SHIPPING", { threshold: 0, free: true }, { id: "sh", shopId: null, limits: { budget: 10000 }, usage: { userOrders: 0, userUnits: 0, budgetUsed: 9500, stockUsed: 0 } });
    const r = priceCart(cart([sku("a", 2000), sku("b", 2000, { shopId: "B" })], [["a", 1], ["b", 1]], { promotions: [ship] }), NOW);
    expect(amountOf(r, "sh")).toBe(500);
    expect(r.shippingDiscount).toBe(500);
  });

  it("a ¥10 运费券 with ¥3 of its template's budget left gives ¥3", () => {
    const c = coupon("c", { kind: "SHIPPING", amountOff: 1000, budgetLeft: 300 });
    const r = priceCart(cart([sku("a", 2000)], [["a", 1]], { coupons: [c] }), NOW);
    expect(r.coupons.selected).toEqual(["c"]);
    expect(r.shippingDiscount).toBe(300);
  });
});

describe("auto-select works on combinations", () => {
  const input = (o: Partial<PricingInput> = {}) =>
    cart([sku("a", 10000)], [["a", 1]], {
      shops: { A: { id: "A", name: "A", shippingFee: 1000, freeShippingThreshold: 10000 } },
      coupons: [coupon("goods", { shopId: null, amountOff: 500 }), coupon("ship", { shopId: null, kind: "SHIPPING", amountOff: 1000 })],
      ...o,
    });

  it("¥100 cart, free shipping from ¥100: a ¥5 platform coupon plus a ¥10 运费券 → ¥95 (neither helps alone)", () => {
    const r = priceCart(input(), NOW);
    expect(r.total).toBe(9500);
    expect([...r.coupons.selected].sort()).toEqual(["goods", "ship"]);
    expect(r.coupons.usable.find((u) => u.id === "ship")).toEqual({ id: "ship", saving: 0 });
    expect(r.coupons.unusable.find((u) => u.id === "ship")).toBeUndefined();
  });

  it("choosing both explicitly is accepted and priced the same", () => {
    const r = priceCart(input({ couponSelection: { mode: "explicit", ids: ["goods", "ship"] } }), NOW);
    expect(r.total).toBe(9500);
    expect(r.coupons.selected.length).toBe(2);
  });

  it("a coupon whose saving is negative (drops the shop below free shipping) is shown as such and not selected", () => {
    const r = priceCart(input({ coupons: [coupon("goods", { shopId: null, amountOff: 500 })] }), NOW);
    expect(r.coupons.usable).toEqual([{ id: "goods", saving: -500 }]);
    expect(r.coupons.selected).toEqual([]);
    expect(r.total).toBe(10000);
  });
});

describe("same-type exclusivity and exclusive groups", () => {
  it("two shop 满减 on one phone: only the larger applies", () => {
    const a = promo("FULL_REDUCTION", { basis: "AMOUNT", tiers: [{ threshold: 10000, amountOff: 1000 }] }, { id: "a" });
    const b = promo("FULL_REDUCTION", { basis: "AMOUNT", tiers: [{ threshold: 10000, amountOff: 2000 }] }, { id: "b" });
    const r = priceCart(cart([sku("phone", 300000)], [["phone", 1]], { promotions: [a, b] }), NOW);
    expect(r.orderDiscount).toBe(2000);
    expect(reasonOf(r, "a")).toBe("NOT_STACKABLE");
  });

  it("two 第二件半价 on one mouse: one applies (the second mouse is half price, not free)", () => {
    const a = promo("NTH_ITEM", { n: 2, percentOff: 50 }, { id: "a" });
    const b = promo("NTH_ITEM", { n: 2, percentOff: 50 }, { id: "b" });
    const r = priceCart(cart([sku("mouse", 10000)], [["mouse", 2]], { promotions: [a, b] }), NOW);
    expect(r.orderDiscount).toBe(5000);
    expect(r.total).toBe(15000);
  });

  it("a shop and a platform 满减 are different owners: both apply", () => {
    const a = promo("FULL_REDUCTION", { basis: "AMOUNT", tiers: [{ threshold: 10000, amountOff: 1000 }] }, { id: "a" });
    const b = promo("FULL_REDUCTION", { basis: "AMOUNT", tiers: [{ threshold: 10000, amountOff: 2000 }] }, { id: "b", shopId: null });
    const r = priceCart(cart([sku("phone", 300000)], [["phone", 1]], { promotions: [a, b] }), NOW);
    expect(r.orderDiscount).toBe(3000);
  });

  it("an exclusive group spans stages: a line discounted by the group's 特价 is not eligible for the group's 满减", () => {
    const stacking = { withCoupons: true, withPlatform: true, exclusiveGroup: "g" };
    const d = promo("DISCOUNT", { items: [{ skuId: "x", percentOff: 10 }] }, { id: "d", stacking });
    const fr = promo("FULL_REDUCTION", { basis: "AMOUNT", tiers: [{ threshold: 100, amountOff: 1000 }] }, { id: "f", stacking });
    const r = priceCart(cart([sku("x", 10000), sku("y", 10000)], [["x", 1], ["y", 1]], { promotions: [d, fr] }), NOW);
    expect(r.lines[0].discounts).toEqual([]);
    expect(r.lines[1].discounts).toEqual([{ kind: "PROMOTION", id: "f", amount: 1000, stage: 2 }]);
  });

  it("lines in the base of an applied gift tier count as promoted for a coupon that does not stack with promotions", () => {
    const g = promo("GIFT", { basis: "AMOUNT", tiers: [{ threshold: 100, gifts: [{ skuId: "gift", quantity: 1 }] }] }, { id: "g" });
    const c = coupon("c", { stacksWithPromotions: false });
    const r = priceCart(cart([sku("s", 20000), sku("gift", 1000)], [["s", 1]], { promotions: [g], coupons: [c] }), NOW);
    expect(r.coupons.unusable).toEqual([{ id: "c", reason: "NOT_STACKABLE" }]);
  });
});

describe("shipping coupons", () => {
  it("a platform 运费券 is split over the shops' fees left in proportion", () => {
    const shops = { A: { id: "A", name: "A", shippingFee: 1000, freeShippingThreshold: null }, B: { id: "B", name: "B", shippingFee: 500, freeShippingThreshold: null } };
    const c = coupon("c", { kind: "SHIPPING", shopId: null, amountOff: 900 });
    const r = priceCart(cart([sku("a", 2000), sku("b", 2000, { shopId: "B" })], [["a", 1], ["b", 1]], { shops, coupons: [c] }), NOW);
    expect(r.shipping.map((s) => s.discount)).toEqual([600, 300]);
  });
});
