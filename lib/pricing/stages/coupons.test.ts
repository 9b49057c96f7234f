import { describe, expect, it } from "vitest";
import { priceCart } from "../price-cart";
import { cart, coupon, NOW, promo, sku } from "../price-cart.fixtures";

const DAY = 86_400_000;
const big = [sku("s", 20000)];

describe("stages 4–5 — coupons", () => {
  it("a coupon threshold is tested after the promotions: ¥200 − ¥30 promo = ¥170 < ¥180 threshold", () => {
    const p = promo("FULL_REDUCTION", { basis: "AMOUNT", tiers: [{ threshold: 10000, amountOff: 3000 }] });
    const c = coupon("c", { threshold: 18000 });
    const r = priceCart(cart(big, [["s", 1]], { promotions: [p], coupons: [c] }), NOW);
    expect(r.coupons.selected).toEqual([]);
    expect(r.coupons.unusable).toEqual([{ id: "c", reason: "THRESHOLD_NOT_MET" }]);
  });

  it("percentage coupon: floor(base × pct) capped by maxOff — ¥333.33 at 10% → 3333; maxOff ¥30 → 3000", () => {
    const free = cart([sku("s", 33333)], [["s", 1]], { coupons: [coupon("c", { kind: "PERCENT_OFF", percentOff: 10, amountOff: null })] });
    expect(priceCart(free, NOW).couponDiscount).toBe(3333);
    const capped = cart([sku("s", 33333)], [["s", 1]], { coupons: [coupon("c", { kind: "PERCENT_OFF", percentOff: 10, amountOff: null, maxOff: 3000 })] });
    expect(priceCart(capped, NOW).couponDiscount).toBe(3000);
  });

  it("stacksWithPromotions: false counts only undiscounted lines; none left → NOT_STACKABLE", () => {
    const d = promo("DISCOUNT", { items: [{ skuId: "a", percentOff: 10 }] });
    const c = coupon("c", { stacksWithPromotions: false, threshold: 5000, amountOff: 500 });
    const both = priceCart(cart([sku("a", 10000), sku("b", 5000)], [["a", 1], ["b", 1]], { promotions: [d], coupons: [c] }), NOW);
    // only line b (¥50) counts: threshold ¥50 met, the ¥5 goes entirely to b
    expect(both.lines.map((l) => l.discounts.filter((x) => x.kind === "COUPON").map((x) => x.amount))).toEqual([[], [500]]);
    const onlyA = priceCart(cart([sku("a", 10000)], [["a", 1]], { promotions: [d], coupons: [c] }), NOW);
    expect(onlyA.coupons.unusable).toEqual([{ id: "c", reason: "NOT_STACKABLE" }]);
  });

  it("auto-select is exact, not greedy: ¥10 shop coupon + ¥25 platform coupon beats the ¥30 shop coupon alone", () => {
    // greedy would take X (¥30) → ¥170 < ¥180, losing the platform coupon: ¥30 saved.
    // exact: Y (¥10) → ¥190 ≥ ¥180, then P (¥25): ¥35 saved.
    const x = coupon("x", { amountOff: 3000 });
    const y = coupon("y", { amountOff: 1000 });
    const p = coupon("p", { shopId: null, amountOff: 2500, threshold: 18000 });
    const r = priceCart(cart(big, [["s", 1]], { coupons: [x, y, p] }), NOW);
    expect(r.coupons.selected.sort()).toEqual(["p", "y"]);
    expect(r.couponDiscount).toBe(3500);
    expect(r.coupons.usable).toEqual(expect.arrayContaining([{ id: "x", saving: 3000 }, { id: "y", saving: 1000 }, { id: "p", saving: 2500 }]));
  });

  it("at most one coupon per shop: the better of two shop coupons is chosen", () => {
    const r = priceCart(cart(big, [["s", 1]], { coupons: [coupon("small", { amountOff: 500 }), coupon("large", { amountOff: 1500 })] }), NOW);
    expect(r.coupons.selected).toEqual(["large"]);
  });

  it("ties on total go to the combination expiring soonest", () => {
    const later = coupon("later", { validTo: new Date(NOW.getTime() + 9 * DAY) });
    const sooner = coupon("sooner", { validTo: new Date(NOW.getTime() + 2 * DAY) });
    expect(priceCart(cart(big, [["s", 1]], { coupons: [later, sooner] }), NOW).coupons.selected).toEqual(["sooner"]);
  });

  it("an explicitly chosen expired coupon is priced without and listed as EXPIRED", () => {
    const expired = coupon("old", { state: "EXPIRED", validTo: new Date(NOW.getTime() - DAY) });
    const r = priceCart(cart(big, [["s", 1]], { coupons: [expired], couponSelection: { mode: "explicit", ids: ["old"] } }), NOW);
    expect(r.couponDiscount).toBe(0);
    expect(r.coupons.unusable).toContainEqual({ id: "old", reason: "EXPIRED" });
    expect(r.notApplied).toContainEqual({ kind: "COUPON", id: "old", reason: "EXPIRED" });
  });

  it("a still-valid coupon past its validTo is EXPIRED by the clock; one not yet valid is NOT_STARTED", () => {
    const past = coupon("past", { validTo: new Date(NOW.getTime() - 1) });
    const future = coupon("future", { validFrom: new Date(NOW.getTime() + DAY) });
    const r = priceCart(cart(big, [["s", 1]], { coupons: [past, future] }), NOW);
    expect(r.coupons.unusable).toEqual(expect.arrayContaining([{ id: "past", reason: "EXPIRED" }, { id: "future", reason: "NOT_STARTED" }]));
  });

  it("explicit: two coupons of one shop → the second is NOT_STACKABLE; an unknown id is NOT_FOUND; couponIds [] means none", () => {
    const input = cart(big, [["s", 1]], { coupons: [coupon("a1"), coupon("a2")], couponSelection: { mode: "explicit", ids: ["a1", "a2", "zzz"] } });
    const r = priceCart(input, NOW);
    expect(r.coupons.selected).toEqual(["a1"]);
    expect(r.notApplied).toEqual(expect.arrayContaining([{ kind: "COUPON", id: "a2", reason: "NOT_STACKABLE" }, { kind: "COUPON", id: "zzz", reason: "NOT_FOUND" }]));
    const none = priceCart({ ...input, couponSelection: { mode: "explicit", ids: [] } }, NOW);
    expect(none.couponDiscount).toBe(0);
  });

  it("兑换券 makes one unit of its SKU free", () => {
    const c = coupon("ex", { kind: "EXCHANGE", amountOff: null, exchangeSkuId: "chips" });
    const r = priceCart(cart([sku("chips", 1290), sku("nuts", 5000)], [["chips", 2], ["nuts", 1]], { coupons: [c] }), NOW);
    expect(r.lines[0].discounts).toEqual([expect.objectContaining({ kind: "COUPON", id: "ex", amount: 1290 })]);
    expect(r.couponDiscount).toBe(1290);
  });

  it("a platform coupon is allocated across shops", () => {
    const c = coupon("p", { shopId: null, amountOff: 1001 });
    const r = priceCart(cart([sku("a", 5000), sku("b", 5000, { shopId: "B" })], [["a", 1], ["b", 1]], { coupons: [c] }), NOW);
    expect(r.lines.map((l) => l.discounts[0].amount)).toEqual([501, 500]);
  });

  it("a shop's coupon never discounts another shop's lines (OUT_OF_SCOPE)", () => {
    const r = priceCart(cart([sku("b", 5000, { shopId: "B" })], [["b", 1]], { coupons: [coupon("a-only")] }), NOW);
    expect(r.coupons.unusable).toEqual([{ id: "a-only", reason: "OUT_OF_SCOPE" }]);
  });
});
