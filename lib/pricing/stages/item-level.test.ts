import { describe, expect, it } from "vitest";
import { priceCart } from "../price-cart";
import { cart, NOW, promo, sku } from "../price-cart.fixtures";

const line0 = (r: ReturnType<typeof priceCart>) => r.lines[0];
const reasonOf = (r: ReturnType<typeof priceCart>, id: string) => r.notApplied.find((n) => n.id === id)?.reason;

describe("stage 1 — item-level offers, per unit", () => {
  it("percentOff: unit ¥9.99 at 10% off → floor(99.9) = 99 per unit, ×2 = 198", () => {
    const p = promo("DISCOUNT", { percentOff: 10 });
    const r = priceCart(cart([sku("s", 999)], [["s", 2]], { promotions: [p] }), NOW);
    expect(line0(r).itemOffer).toMatchObject({ promotionId: p.id, type: "DISCOUNT", amount: 198 });
    expect(line0(r).payable).toBe(1800);
    expect(r.itemDiscount).toBe(198);
  });

  it("specialPrice is per unit: ¥50 → ¥39 × 3 units = 3300 off", () => {
    const p = promo("DISCOUNT", { items: [{ skuId: "s", specialPrice: 3900 }] });
    const r = priceCart(cart([sku("s", 5000)], [["s", 3]], { promotions: [p] }), NOW);
    expect(line0(r).itemOffer?.amount).toBe(3300);
  });

  it("amountOff (直减) never exceeds the unit price", () => {
    const p = promo("DISCOUNT", { items: [{ skuId: "s", amountOff: 800 }] });
    const r = priceCart(cart([sku("s", 500)], [["s", 1]], { promotions: [p] }), NOW);
    expect(line0(r).payable).toBe(0);
  });

  it.each([
    [0, 2, 2800], // perUserUnits 2 of 3 units: 2 × 100 off
    [1, 1, 2900], // one unit already bought at the offer price
  ])("perUserUnits 2, already used %i → %i units at the offer, payable %i", (used, units, payable) => {
    const p = promo("DISCOUNT", { percentOff: 10 }, { limits: { perUserUnits: 2 }, usage: { userOrders: 1, userUnits: used, budgetUsed: 0, stockUsed: 0 } });
    const r = priceCart(cart([sku("s", 1000)], [["s", 3]], { promotions: [p] }), NOW);
    expect(line0(r).itemOffer?.units).toBe(units);
    expect(line0(r).payable).toBe(payable);
  });

  it("perUserUnits used up → LIMIT_REACHED and list price", () => {
    const p = promo("DISCOUNT", { percentOff: 10 }, { limits: { perUserUnits: 2 }, usage: { userOrders: 2, userUnits: 2, budgetUsed: 0, stockUsed: 0 } });
    const r = priceCart(cart([sku("s", 1000)], [["s", 1]], { promotions: [p] }), NOW);
    expect(line0(r).payable).toBe(1000);
    expect(reasonOf(r, p.id)).toBe("LIMIT_REACHED");
  });

  it("only the single best item offer applies: 20% off (200) beats member price V1 ¥9 (100)", () => {
    const p = promo("DISCOUNT", { percentOff: 20 });
    const r = priceCart(cart([sku("s", 1000, { memberPrices: { V1: 900 } })], [["s", 1]], { promotions: [p] }), NOW);
    expect(line0(r).itemOffer).toMatchObject({ type: "DISCOUNT", amount: 200 });
    expect(line0(r).payable).toBe(800);
  });

  it("member price is an item offer of type MEMBER_PRICE with no promotion id", () => {
    const r = priceCart(cart([sku("s", 1000, { memberPrices: { V1: 900, V2: 850 } })], [["s", 2]]), NOW);
    expect(line0(r).itemOffer).toEqual({ promotionId: null, type: "MEMBER_PRICE", amount: 200, units: 2 });
  });

  it("the floor price cuts the discount: ¥10 with floor ¥8.50 at 20% off → 150 off, not 200", () => {
    const p = promo("DISCOUNT", { percentOff: 20 });
    const r = priceCart(cart([sku("s", 1000, { floorPrice: 850 })], [["s", 1]], { promotions: [p] }), NOW);
    expect(line0(r).payable).toBe(850);
  });

  it("a flash-sale price needs a won attempt (ATTEMPT_REQUIRED); with 1 unit entitled, 1 of 2 units gets it", () => {
    const rules = { items: [{ skuId: "s", flashPrice: 1990, stock: 10, perUserLimit: 1 }] };
    const without = promo("FLASH_SALE", rules);
    const r1 = priceCart(cart([sku("s", 3990)], [["s", 2]], { promotions: [without] }), NOW);
    expect(reasonOf(r1, without.id)).toBe("ATTEMPT_REQUIRED");
    const withWin = promo("FLASH_SALE", rules, { entitlements: { s: 1 } });
    const r2 = priceCart(cart([sku("s", 3990)], [["s", 2]], { promotions: [withWin] }), NOW);
    expect(line0(r2).itemOffer).toMatchObject({ amount: 2000, units: 1 });
  });

  it("a flash-sale line is not eligible for order promotions by default (withOrderPromotions false)", () => {
    const fs = promo("FLASH_SALE", { items: [{ skuId: "s", flashPrice: 1990, stock: 10, perUserLimit: 1 }] }, { entitlements: { s: 1 } });
    const fr = promo("FULL_REDUCTION", { basis: "AMOUNT", tiers: [{ threshold: 100, amountOff: 50 }] });
    const r = priceCart(cart([sku("s", 3990)], [["s", 1]], { promotions: [fs, fr] }), NOW);
    expect(reasonOf(r, fr.id)).toBe("NOT_STACKABLE");
    expect(r.orderDiscount).toBe(0);
  });

  it("a shopper outside the audience (new users only) gets no price change; notApplied says AUDIENCE", () => {
    const p = promo("DISCOUNT", { percentOff: 50 }, { audience: { newUsersOnly: true } });
    const r = priceCart(cart([sku("s", 1000)], [["s", 1]], { promotions: [p] }), NOW);
    expect(line0(r).payable).toBe(1000);
    expect(reasonOf(r, p.id)).toBe("AUDIENCE");
    const newUser = cart([sku("s", 1000)], [["s", 1]], { promotions: [p] });
    newUser.shopper.isNewUser = true;
    expect(line0(priceCart(newUser, NOW)).payable).toBe(500);
  });

  it.each([
    ["NOT_STARTED", 3_600_000, 7_200_000],
    ["EXPIRED", -7_200_000, -3_600_000],
    ["EXPIRED", -3_600_000, 0], // end is exclusive: start ≤ now < end
  ])("%s when the window is [now%+i ms, now%+i ms)", (reason, from, to) => {
    const p = promo("DISCOUNT", { percentOff: 10 }, { startsAt: new Date(NOW.getTime() + from), endsAt: new Date(NOW.getTime() + to) });
    expect(reasonOf(priceCart(cart([sku("s", 1000)], [["s", 1]], { promotions: [p] }), NOW), p.id)).toBe(reason);
  });

  it("a SKU excluded from promotions gets nothing (OUT_OF_SCOPE)", () => {
    const p = promo("DISCOUNT", { percentOff: 10 });
    const r = priceCart(cart([sku("s", 1000, { excludedFromPromotions: true })], [["s", 1]], { promotions: [p] }), NOW);
    expect(line0(r).payable).toBe(1000);
    expect(reasonOf(r, p.id)).toBe("OUT_OF_SCOPE");
  });

  it("a category scope includes descendants", () => {
    const p = promo("DISCOUNT", { percentOff: 10 }, { scope: { categoryIds: ["digital"] } });
    const r = priceCart(cart([sku("s", 1000, { categoryIds: ["phones", "digital"] })], [["s", 1]], { promotions: [p] }), NOW);
    expect(line0(r).payable).toBe(900);
  });

  it("the remaining budget caps the units: ¥2.50 left, ¥1 off per unit → 2 of 3 units", () => {
    const p = promo("DISCOUNT", { percentOff: 10 }, { limits: { budget: 1000 }, usage: { userOrders: 0, userUnits: 0, budgetUsed: 750, stockUsed: 0 } });
    const r = priceCart(cart([sku("s", 1000)], [["s", 3]], { promotions: [p] }), NOW);
    expect(line0(r).itemOffer?.units).toBe(2);
  });

  it("a withdrawn SKU loses the offer", () => {
    const p = promo("DISCOUNT", { percentOff: 10 }, { withdrawnSkuIds: ["s"] });
    expect(line0(priceCart(cart([sku("s", 1000)], [["s", 1]], { promotions: [p] }), NOW)).payable).toBe(1000);
  });
});
