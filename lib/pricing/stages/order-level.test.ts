import { describe, expect, it } from "vitest";
import { priceCart } from "../price-cart";
import { cart, NOW, promo, sku } from "../price-cart.fixtures";

const reasonOf = (r: ReturnType<typeof priceCart>, id: string) => r.notApplied.find((n) => n.id === id)?.reason;
const tiers300 = { basis: "AMOUNT" as const, tiers: [{ threshold: 30000, amountOff: 3000 }, { threshold: 60000, amountOff: 8000 }] };

describe("stage 2 — shop order promotions", () => {
  it("a threshold is reached at ≥: ¥300.00 exactly gets ¥30 off", () => {
    const p = promo("FULL_REDUCTION", tiers300);
    const r = priceCart(cart([sku("s", 30000)], [["s", 1]], { promotions: [p] }), NOW);
    expect(r.orderDiscount).toBe(3000);
  });

  it("¥299.99 misses it: THRESHOLD_NOT_MET with a hint 'add ¥0.01 to get ¥30 off'", () => {
    const p = promo("FULL_REDUCTION", tiers300);
    const r = priceCart(cart([sku("s", 29999)], [["s", 1]], { promotions: [p] }), NOW);
    expect(reasonOf(r, p.id)).toBe("THRESHOLD_NOT_MET");
    expect(r.hints).toContainEqual(expect.objectContaining({ promotionId: p.id, basis: "AMOUNT", shortfall: 1, amountOff: 3000 }));
  });

  it("the highest reached tier wins: ¥650 → ¥80 off; no hint once the top tier is reached", () => {
    const p = promo("FULL_REDUCTION", tiers300);
    const r = priceCart(cart([sku("s", 65000)], [["s", 1]], { promotions: [p] }), NOW);
    expect(r.orderDiscount).toBe(8000);
    expect(r.hints.filter((h) => h.promotionId === p.id)).toEqual([]);
  });

  it.each([
    [34500, 3000], // 每满100减10: 3 × 10
    [80000, 5000], // 8 × 10 = 80, capped by maxOff 50
  ])("每满¥100减¥10 (max ¥50): %i → %i", (amount, off) => {
    const p = promo("FULL_REDUCTION", { basis: "AMOUNT", repeat: true, threshold: 10000, amountOff: 1000, maxOff: 5000 });
    expect(priceCart(cart([sku("s", amount)], [["s", 1]], { promotions: [p] }), NOW).orderDiscount).toBe(off);
  });

  it("allocation is proportional: ¥30 over ¥100 + ¥200 lines → 1000 / 2000", () => {
    const p = promo("FULL_REDUCTION", tiers300);
    const r = priceCart(cart([sku("a", 10000), sku("b", 20000)], [["a", 1], ["b", 1]], { promotions: [p] }), NOW);
    expect(r.lines.map((l) => l.discounts[0].amount)).toEqual([1000, 2000]);
  });

  it("largest remainder, ties to the earlier line: ¥10 over three ¥100 lines → 334 / 333 / 333", () => {
    const p = promo("FULL_REDUCTION", { basis: "AMOUNT", tiers: [{ threshold: 30000, amountOff: 1000 }] });
    const r = priceCart(cart([sku("a", 10000), sku("b", 10000), sku("c", 10000)], [["a", 1], ["b", 1], ["c", 1]], { promotions: [p] }), NOW);
    expect(r.lines.map((l) => l.discounts[0].amount)).toEqual([334, 333, 333]);
  });

  it("thresholds are tested after stage 1: ¥200 at 10% off is ¥180, below a ¥200 threshold (shortfall ¥20)", () => {
    const d = promo("DISCOUNT", { percentOff: 10 });
    const fr = promo("FULL_REDUCTION", { basis: "AMOUNT", tiers: [{ threshold: 20000, amountOff: 2000 }] });
    const r = priceCart(cart([sku("s", 20000)], [["s", 1]], { promotions: [d, fr] }), NOW);
    expect(reasonOf(r, fr.id)).toBe("THRESHOLD_NOT_MET");
    expect(r.hints.find((h) => h.promotionId === fr.id)?.shortfall).toBe(2000);
  });

  it("满折 by quantity: 3 units of ¥33.33 = ¥99.99 at 20% → floor(1999.8) = 1999", () => {
    const p = promo("FULL_DISCOUNT", { basis: "QUANTITY", tiers: [{ threshold: 2, percentOff: 10 }, { threshold: 3, percentOff: 20 }] });
    expect(priceCart(cart([sku("s", 3333)], [["s", 3]], { promotions: [p] }), NOW).orderDiscount).toBe(1999);
  });

  it("第二件半价: units 5000, 3000, 3000, 1000 → groups [5000, 3000] [3000, 1000]; 1500 to b, 500 to c", () => {
    const p = promo("NTH_ITEM", { n: 2, percentOff: 50 });
    const r = priceCart(cart([sku("a", 5000), sku("b", 3000), sku("c", 1000)], [["a", 1], ["b", 2], ["c", 1]], { promotions: [p] }), NOW);
    expect(r.lines.map((l) => l.discounts.reduce((s, d) => s + d.amount, 0))).toEqual([0, 1500, 500]);
  });

  it("第N件: an incomplete group gets nothing and a quantity hint", () => {
    const p = promo("NTH_ITEM", { n: 3, percentOff: 100 });
    const r = priceCart(cart([sku("a", 5000)], [["a", 2]], { promotions: [p] }), NOW);
    expect(reasonOf(r, p.id)).toBe("THRESHOLD_NOT_MET");
    expect(r.hints[0]).toMatchObject({ basis: "QUANTITY", shortfall: 1 });
  });

  it("第二件半价 hints: 1 unit → 1 more; 2 units (the group complete) → no hint, never '2 more' (issue 11 #5)", () => {
    const p = promo("NTH_ITEM", { n: 2, percentOff: 50 });
    const one = priceCart(cart([sku("a", 5000)], [["a", 1]], { promotions: [p] }), NOW);
    expect(one.hints).toEqual([expect.objectContaining({ promotionId: p.id, shortfall: 1 })]);
    const two = priceCart(cart([sku("a", 5000)], [["a", 2]], { promotions: [p] }), NOW);
    expect(two.orderDiscount).toBe(2500);
    expect(two.hints.filter((h) => h.promotionId === p.id)).toEqual([]);
    const three = priceCart(cart([sku("a", 5000)], [["a", 3]], { promotions: [p] }), NOW);
    expect(three.hints).toEqual([expect.objectContaining({ promotionId: p.id, shortfall: 1 })]);
  });

  it("no 凑单 hint for an offer that cannot stack with the promotion the cart already gets (issue 11 #5)", () => {
    const fr = promo("FULL_REDUCTION", { basis: "AMOUNT", tiers: [{ threshold: 10000, amountOff: 1000 }] }, { stacking: { withCoupons: true, withPlatform: true, exclusiveGroup: "g" } });
    const nth = promo("NTH_ITEM", { n: 3, percentOff: 50 }, { stacking: { withCoupons: true, withPlatform: true, exclusiveGroup: "g" } });
    const r = priceCart(cart([sku("a", 6000)], [["a", 2]], { promotions: [fr, nth] }), NOW);
    expect(r.applied.map((a) => a.id)).toContain(fr.id);
    expect(r.applied.map((a) => a.id)).not.toContain(nth.id);
    expect(r.hints.filter((h) => h.promotionId === nth.id)).toEqual([]);
    // alone (nothing holds its group), the same cart is told about it
    const alone = priceCart(cart([sku("a", 6000)], [["a", 2]], { promotions: [nth] }), NOW);
    expect(alone.hints).toEqual([expect.objectContaining({ promotionId: nth.id, shortfall: 1 })]);
  });

  it("one exclusive group: 20% off (6000) beats ¥30 off; the loser is NOT_STACKABLE", () => {
    const fr = promo("FULL_REDUCTION", tiers300, { stacking: { withCoupons: true, withPlatform: true, exclusiveGroup: "g" } });
    const fd = promo("FULL_DISCOUNT", { basis: "AMOUNT", tiers: [{ threshold: 100, percentOff: 20 }] }, { stacking: { withCoupons: true, withPlatform: true, exclusiveGroup: "g" } });
    const r = priceCart(cart([sku("s", 30000)], [["s", 1]], { promotions: [fr, fd] }), NOW);
    expect(r.orderDiscount).toBe(6000);
    expect(reasonOf(r, fr.id)).toBe("NOT_STACKABLE");
  });

  it("siblings marked to stack with their own type combine, each on the same base, their sum capped at the base (smaller saving cut)", () => {
    const stacking = { withCoupons: true, withPlatform: true, withSameType: true };
    const a = promo("FULL_REDUCTION", { basis: "AMOUNT", tiers: [{ threshold: 10000, amountOff: 8000 }] }, { id: "b", stacking });
    const b = promo("FULL_REDUCTION", { basis: "AMOUNT", tiers: [{ threshold: 10000, amountOff: 5000 }] }, { id: "a", stacking });
    const r = priceCart(cart([sku("s", 10000)], [["s", 1]], { promotions: [b, a] }), NOW);
    expect(r.orderDiscount).toBe(10000);
    expect(r.applied.map((x) => [x.id, x.amount])).toEqual([["b", 8000], ["a", 2000]]);
    expect(r.lines[0].payable).toBe(0);
  });

  it("a gift is a ¥0 line whose cost shows as discount; gift lines never count towards thresholds", () => {
    const g = promo("GIFT", { basis: "AMOUNT", tiers: [{ threshold: 19900, gifts: [{ skuId: "gift", quantity: 1 }] }] });
    const r = priceCart(cart([sku("s", 19900), sku("gift", 1500)], [["s", 1]], { promotions: [g] }), NOW);
    const gift = r.lines.find((l) => l.gift)!;
    expect(gift).toMatchObject({ skuId: "gift", unitPrice: 1500, listAmount: 1500, payable: 0, discounts: [{ kind: "PROMOTION", id: g.id, amount: 1500 }] });
    expect(r.subtotal).toBe(21400);
    expect(r.orderDiscount).toBe(1500);
    expect(r.total).toBe(19900);
  });

  it("gift stock exhausted → STOCK_OUT", () => {
    const g = promo("GIFT", { basis: "AMOUNT", tiers: [{ threshold: 100, gifts: [{ skuId: "gift", quantity: 1 }] }] }, { limits: { totalStock: 5 }, usage: { userOrders: 0, userUnits: 0, budgetUsed: 0, stockUsed: 5 } });
    expect(reasonOf(priceCart(cart([sku("s", 1000), sku("gift", 100)], [["s", 1]], { promotions: [g] }), NOW), g.id)).toBe("STOCK_OUT");
  });

  it("the floor cuts an order discount on its line: ¥100 with floor ¥95, ¥10 off → only ¥5 given", () => {
    const p = promo("FULL_REDUCTION", { basis: "AMOUNT", tiers: [{ threshold: 10000, amountOff: 1000 }] });
    const r = priceCart(cart([sku("s", 10000, { floorPrice: 9500 })], [["s", 1]], { promotions: [p] }), NOW);
    expect(r.lines[0].payable).toBe(9500);
    expect(r.applied.find((a) => a.id === p.id)?.amount).toBe(500);
  });

  it("the remaining budget caps an order discount", () => {
    const p = promo("FULL_REDUCTION", tiers300, { limits: { budget: 10000 }, usage: { userOrders: 0, userUnits: 0, budgetUsed: 8000, stockUsed: 0 } });
    expect(priceCart(cart([sku("s", 30000)], [["s", 1]], { promotions: [p] }), NOW).orderDiscount).toBe(2000);
  });

  it("perUser orders used up → LIMIT_REACHED", () => {
    const p = promo("FULL_REDUCTION", tiers300, { limits: { perUser: 1 }, usage: { userOrders: 1, userUnits: 0, budgetUsed: 0, stockUsed: 0 } });
    expect(reasonOf(priceCart(cart([sku("s", 30000)], [["s", 1]], { promotions: [p] }), NOW), p.id)).toBe("LIMIT_REACHED");
  });
});

describe("stage 3 — platform promotions across shops", () => {
  it("¥50 off ¥500 across two shops is split 2500 / 2500", () => {
    const p = promo("FULL_REDUCTION", { basis: "AMOUNT", tiers: [{ threshold: 50000, amountOff: 5000 }] }, { shopId: null });
    const r = priceCart(cart([sku("a", 30000), sku("b", 30000, { shopId: "B" })], [["a", 1], ["b", 1]], { promotions: [p] }), NOW);
    expect(r.lines.map((l) => l.discounts[0]?.amount)).toEqual([2500, 2500]);
  });

  it("lines of a shop promotion with withPlatform: false are left out of platform promotions", () => {
    const shop = promo("FULL_REDUCTION", { basis: "AMOUNT", tiers: [{ threshold: 100, amountOff: 100 }] }, { stacking: { withCoupons: true, withPlatform: false } });
    const plat = promo("FULL_REDUCTION", { basis: "AMOUNT", tiers: [{ threshold: 20000, amountOff: 2000 }] }, { shopId: null });
    const r = priceCart(cart([sku("a", 30000), sku("b", 30000, { shopId: "B" })], [["a", 1], ["b", 1]], { promotions: [shop, plat] }), NOW);
    // platform base is shop B's ¥300 only
    expect(r.lines[0].discounts.map((d) => d.id)).toEqual([shop.id]);
    expect(r.lines[1].discounts).toEqual([expect.objectContaining({ id: plat.id, amount: 2000 })]);
  });
});
