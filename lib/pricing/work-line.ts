import type { LineDiscount, PricedLine } from "./price-result";
import type { SkuInfo } from "./pricing-input";
import { initialRuns, runsHeadroom, runsTotal, spreadTake, takeFromUnits, type Run } from "./unit-runs";

/** The engine's working copy of a line; never shared with the caller. */
export type WorkLine = {
  index: number;
  sku: SkuInfo;
  quantity: number;
  listAmount: number;
  gift: boolean;
  /** amount still payable after the stages so far (= the sum of `runs`) */
  amount: number;
  /** what each unit still costs, in unit order */
  runs: Run[];
  /** per unit: no discount takes a unit below it */
  floor: number;
  itemOffer: PricedLine["itemOffer"];
  discounts: LineDiscount[];
  /** got any discount in stages 1–3 (for coupons with stacksWithPromotions: false) */
  promoted: boolean;
  /** an offer on this line refuses order-level promotions / platform promotions / coupons */
  blockOrderPromotions: boolean;
  blockPlatform: boolean;
  blockCoupons: boolean;
  /** exclusive groups (owner-scoped keys) whose member already discounted this line */
  groups: string[];
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
    runs: initialRuns(sku.price, quantity),
    floor: sku.floorPrice ?? 0,
    itemOffer: null,
    discounts: [],
    promoted: false,
    blockOrderPromotions: false,
    blockPlatform: false,
    blockCoupons: false,
    groups: [],
  };
}

export const cloneLine = (l: WorkLine): WorkLine => ({ ...l, discounts: [...l.discounts], groups: [...l.groups] });

/** What the line can still give before a unit reaches its floor. */
export const headroom = (l: WorkLine) => runsHeadroom(l.runs, l.floor);

/** Spreads `want` over the line's units (see spreadTake); returns what was taken. */
export function takeSpread(l: WorkLine, want: number): number {
  const r = spreadTake(l.runs, l.floor, want);
  l.runs = r.runs;
  l.amount = runsTotal(r.runs);
  return r.taken;
}

/** Takes up to `off` from `k` units priced `price`; returns what was taken. */
export function takeUnits(l: WorkLine, price: number, k: number, off: number, floor = l.floor): number {
  const r = takeFromUnits(l.runs, price, k, off, floor);
  l.runs = r.runs;
  l.amount = runsTotal(r.runs);
  return r.taken;
}
