import { describe, expect, it } from "vitest";
import type { PriceResult, PricedLine } from "@/lib/pricing/price-result";
import { groupCart } from "./group-cart";

const line = (skuId: string, shopId: string, payable: number, discounts: PricedLine["discounts"] = [], gift = false): PricedLine => ({
  skuId, shopId, quantity: 1, unitPrice: payable, listAmount: payable, gift, itemOffer: null, discounts, payable: payable - discounts.reduce((a, d) => a + d.amount, 0),
});
const result = (lines: PricedLine[], extra: Partial<PriceResult> = {}): PriceResult => ({
  currency: "CNY", lines, subtotal: 0, itemDiscount: 0, orderDiscount: 0, couponDiscount: 0, shippingFee: 0, shippingDiscount: 0, total: 0,
  applied: [], notApplied: [], hints: [], coupons: { selected: [], usable: [], unusable: [] }, shipping: [], ...extra,
});

describe("groupCart", () => {
  it("groups by shop, then by the shop promotion that applied (saving summed), hinted lines with their hint, the rest last", () => {
    const r = result(
      [
        line("plain", "A", 500),
        line("a1", "A", 6000, [{ kind: "PROMOTION", id: "mj", amount: 600, stage: 2 }]),
        line("b1", "B", 3000),
        line("a2", "A", 4000, [{ kind: "PROMOTION", id: "mj", amount: 400, stage: 2 }, { kind: "PROMOTION", id: "plat", amount: 100, stage: 3 }]),
      ],
      {
        applied: [
          { kind: "PROMOTION", id: "mj", type: "FULL_REDUCTION", name: "满100减10", amount: 1000, shopId: "A", stage: 2 },
          { kind: "PROMOTION", id: "plat", type: "FULL_REDUCTION", name: "平台", amount: 100, shopId: null, stage: 3 },
        ],
        hints: [{ promotionId: "mzB", basis: "AMOUNT", shortfall: 2000, amountOff: 500, message: "" }],
      },
    );
    const shops = groupCart(r, { plain: [], a1: ["mj"], a2: ["mj"], b1: ["other", "mzB"] });
    expect(shops.map((s) => s.shopId)).toEqual(["A", "B"]);
    expect(shops[0].groups.map((g) => [g.promotionId, g.lines.map((l) => l.skuId), g.saved])).toEqual([
      ["mj", ["a1", "a2"], 1000],
      [null, ["plain"], 0],
    ]);
    expect(shops[1].groups[0]).toMatchObject({ promotionId: "mzB", hint: { shortfall: 2000 } });
    expect(shops.map((s) => s.hints)).toEqual([[], []]);
  });

  it("a shop promotion's hint on lines grouped under another promotion stays with that shop", () => {
    const r = result([line("a", "A", 9000, [{ kind: "PROMOTION", id: "mj", amount: 900, stage: 2 }])], {
      applied: [{ kind: "PROMOTION", id: "mj", type: "FULL_REDUCTION", name: "满减", amount: 900, shopId: "A", stage: 2 }],
      hints: [{ promotionId: "nth", basis: "QUANTITY", shortfall: 1, amountOff: 0, message: "" }, { promotionId: "plat", basis: "AMOUNT", shortfall: 100, amountOff: 10, message: "" }],
    });
    const [shop] = groupCart(r, { a: ["mj", "nth"] });
    expect(shop.groups.map((g) => g.promotionId)).toEqual(["mj"]);
    expect(shop.hints.map((h) => h.promotionId)).toEqual(["nth"]);
  });

  it("puts a gift line with the gift promotion of its shop", () => {
    const r = result([line("a", "A", 9000), line("g", "A", 0, [], true)], { applied: [{ kind: "PROMOTION", id: "gift", type: "GIFT", name: "满赠", amount: 0, shopId: "A", stage: 2 }] });
    const groups = groupCart(r, { a: ["gift"] })[0].groups;
    expect(groups).toHaveLength(1);
    expect(groups[0].lines.map((l) => [l.skuId, l.gift])).toEqual([["a", false], ["g", true]]);
  });
});
