import { describe, expect, it } from "vitest";
import { priceCart } from "../../price-cart";
import { cart, coupon, NOW, promo, sku } from "../../price-cart.fixtures";
import { presaleRulesSchema } from "./rules";
import { presaleKind } from ".";

// 预售 定金膨胀 — worked examples of docs/pricing.md ("Promotion kinds added in round two"): a ¥500
// item, deposit ¥50 worth ¥100 at the balance. The balance is priced at balance time; the deposit
// value is measured on the goods amount in the order stage, next to the shop's 满减.
const NO_FEE = { A: { id: "A", name: "A", shippingFee: 0, freeShippingThreshold: null } };
const skus = [sku("tv", 50000, { floorPrice: 30000 }), sku("b", 10000)];
const rules = presaleRulesSchema.parse({ items: [{ skuId: "tv", deposit: 5000, depositValue: 10000, stock: 10, perUserLimit: 2 }], balanceStartsAt: "2026-11-11T00:00:00+08:00", balanceEndsAt: "2026-11-12T00:00:00+08:00" });
const balance = (entitled: number) => promo("PRESALE", rules, { entitlements: { tv: entitled } });

describe("PRESALE ¥500, 定金 ¥50 抵 ¥100", () => {
  it.each([
    [[["tv", 1]], 1, 40000, "one unit with a paid deposit: ¥500 − ¥100 (the shopper paid ¥50 + ¥400 = ¥450)"],
    [[["tv", 2]], 2, 80000, "two units, two deposits"],
    [[["tv", 2]], 1, 90000, "two units, one deposit: the second at its price"],
    [[["tv", 1]], 0, 50000, "no deposit: no value off (the deposit flow grants it)"],
    [[["tv", 1], ["b", 1]], 1, 50000, "other goods at their price"],
  ] as [[string, number][], number, number, string][])("%j with %i deposit(s) → %i (%s)", (lines, entitled, total) => {
    const r = priceCart(cart(skus, lines, { promotions: [balance(entitled)], shops: NO_FEE }), NOW);
    expect(r.total).toBe(total);
  });

  it("without a deposit it is not applied, with a reason", () => {
    const p = balance(0);
    const r = priceCart(cart(skus, [["tv", 1]], { promotions: [p], shops: NO_FEE }), NOW);
    expect(r.notApplied).toContainEqual({ kind: "PROMOTION", id: p.id, reason: "ATTEMPT_REQUIRED" });
  });

  it("with the shop's 满 ¥500 减 ¥30: the threshold counts the goods amount (¥500), both apply → ¥370", () => {
    const mj = promo("FULL_REDUCTION", { basis: "AMOUNT", tiers: [{ threshold: 50000, amountOff: 3000 }] }, { id: "mj" });
    const r = priceCart(cart(skus, [["tv", 1]], { promotions: [balance(1), mj], shops: NO_FEE }), NOW);
    expect(r.orderDiscount).toBe(13000);
    expect(r.total).toBe(37000);
  });

  it("with a ¥20 coupon on what is left → ¥380; the lines' payables sum to the total", () => {
    const r = priceCart(cart(skus, [["tv", 1], ["b", 1]], { promotions: [balance(1)], coupons: [coupon("c1", { amountOff: 2000 })], shops: NO_FEE }), NOW);
    expect(r.total).toBe(50000 - 10000 + 10000 - 2000);
    expect(r.lines.reduce((a, l) => a + l.payable, 0)).toBe(r.total);
  });

  it("the floor counts the deposit (the shop gets balance + deposit): a ¥450 floor still takes the whole ¥100 (¥400 + ¥50); a ¥480 floor leaves ¥430; no coupon below it", () => {
    const at = (floorPrice: number) => priceCart(cart([sku("tv", 50000, { floorPrice })], [["tv", 1]], { promotions: [balance(1)], coupons: [coupon("c1", { amountOff: 2000 })], shops: NO_FEE }), NOW);
    expect(at(45000).total).toBe(40000);
    expect(at(48000).total).toBe(43000);
    expect(at(48000).couponDiscount).toBe(0);
  });

  it("bad input: depositValue < deposit; balance window ending before it starts; before the presale ends", () => {
    const bad = presaleRulesSchema.safeParse({ items: [{ skuId: "tv", deposit: 5000, depositValue: 4000, stock: 1 }], balanceStartsAt: "2026-11-12T00:00:00+08:00", balanceEndsAt: "2026-11-11T00:00:00+08:00" });
    expect(bad.success).toBe(false);
    const paths = bad.error!.issues.map((i) => i.path.join("."));
    expect(paths).toEqual(expect.arrayContaining(["items.0.depositValue", "balanceEndsAt"]));
    expect(presaleKind.windowIssues!(rules, { startsAt: new Date("2026-11-01T00:00:00Z"), endsAt: new Date("2026-11-11T00:00:00Z") })).toEqual({ balanceStartsAt: "must not start before the presale ends" });
    expect(presaleKind.windowIssues!(rules, { startsAt: new Date("2026-11-01T00:00:00Z"), endsAt: new Date("2026-11-10T16:00:00Z") })).toEqual({});
    expect(presaleKind.listPriceIssues!(rules, () => 10000)).toEqual({ "items.0.depositValue": "must be below the list price (¥100.00)" });
  });
});
