import { describe, expect, it } from "vitest";
import { memberPriceTag } from "./member-price-tag";
import { orderNumber } from "@/lib/orders/order-number";

describe("会员价 tag", () => {
  it("shows the lowest member price below the list price, and the level that gets it", () => {
    expect(memberPriceTag({ V1: 9_500, V3: 8_900, V2: 9_000 }, 10_000)).toEqual({ level: "V3", price: 8_900 });
    expect(memberPriceTag({ V1: 10_000 }, 10_000)).toBeNull();
    expect(memberPriceTag({}, 10_000)).toBeNull();
  });
});

describe("order number", () => {
  it("is the day it was placed in the platform zone and the sequence in 8 digits", () => {
    // 2026-11-29 17:30 UTC is already 30 November in Shanghai
    expect(orderNumber({ number: 1234, createdAt: new Date("2026-11-29T17:30:00Z") })).toBe("2026113000001234");
    expect(orderNumber({ number: 7, createdAt: new Date("2026-11-29T15:59:59Z") })).toBe("2026112900000007");
  });
});
