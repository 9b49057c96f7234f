import { describe, expect, it } from "vitest";
import { checkedLines, fromStored, storedLine, tickLines } from "./cart-line";
import { changeLine } from "./cart-cookie";

describe("cart lines: ticks", () => {
  const cart = [
    { skuId: "a", quantity: 2 },
    { skuId: "b", quantity: 1, off: true },
    { skuId: "c", quantity: 5 },
  ];

  it("stores an unticked line with a trailing 0 and reads it back; older [sku, qty] pairs are ticked", () => {
    expect(cart.map(storedLine)).toEqual([["a", 2], ["b", 1, 0], ["c", 5]]);
    expect(cart.map(storedLine).map(fromStored)).toEqual(cart);
    expect(fromStored(["x", 3])).toEqual({ skuId: "x", quantity: 3 });
  });

  it("only ticked lines are priced and ordered", () => {
    expect(checkedLines(cart)).toEqual([{ skuId: "a", quantity: 2 }, { skuId: "c", quantity: 5 }]);
    expect(checkedLines(tickLines(cart, null, false))).toEqual([]);
  });

  it("ticks some lines or all; a quantity change keeps the tick", () => {
    expect(tickLines(cart, ["b"], true)[1]).toEqual({ skuId: "b", quantity: 1 });
    expect(tickLines(cart, ["a", "c"], false).filter((l) => l.off).map((l) => l.skuId)).toEqual(["a", "b", "c"]);
    expect(tickLines(cart, null, true).every((l) => !l.off)).toBe(true);
    expect(changeLine(cart, "b", 4)[1]).toEqual({ skuId: "b", quantity: 4, off: true });
  });
});
