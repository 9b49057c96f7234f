import type { LineDiscount, PricedLine } from "./price-result";
import type { SkuInfo } from "./pricing-input";

/** The engine's working copy of a line; never shared with the caller. */
export type WorkLine = {
  index: number;
  sku: SkuInfo;
  quantity: number;
  listAmount: number;
  gift: boolean;
  /** amount still payable after the stages so far */
  amount: number;
  /** floorPrice × quantity: no discount takes the line below it */
  floorTotal: number;
  itemOffer: PricedLine["itemOffer"];
  discounts: LineDiscount[];
  /** got any discount in stages 1–3 (for coupons with stacksWithPromotions: false) */
  promoted: boolean;
  /** an offer on this line refuses order-level promotions / platform promotions / coupons */
  blockOrderPromotions: boolean;
  blockPlatform: boolean;
  blockCoupons: boolean;
};

export function newWorkLine(index: number, sku: SkuInfo, quantity: number): WorkLine {
  const listAmount = sku.price * quantity;
  return {
    index,
    sku,
    quantity,
    listAmount,
    gift: false,
    amount: listAmount,
    floorTotal: (sku.floorPrice ?? 0) * quantity,
    itemOffer: null,
    discounts: [],
    promoted: false,
    blockOrderPromotions: false,
    blockPlatform: false,
    blockCoupons: false,
  };
}

export const cloneLine = (l: WorkLine): WorkLine => ({ ...l, discounts: [...l.discounts] });

export const headroom = (l: WorkLine) => Math.max(0, l.amount - l.floorTotal);

/** Unit prices of a line's current amount, highest first: r units at ⌊a/q⌋+1, the rest at ⌊a/q⌋. */
export function unitPrices(amount: number, quantity: number): number[] {
  const base = Math.floor(amount / quantity);
  const extra = amount - base * quantity;
  return Array.from({ length: quantity }, (_, i) => (i < extra ? base + 1 : base));
}
