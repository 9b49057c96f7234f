// The PriceResult of API.md, plus a few added fields (never renamed).

export type ReasonCode =
  | "NOT_STARTED"
  | "THRESHOLD_NOT_MET"
  | "OUT_OF_SCOPE"
  | "AUDIENCE"
  | "LIMIT_REACHED"
  | "STOCK_OUT"
  | "BUDGET_OUT"
  | "NOT_STACKABLE"
  | "EXPIRED"
  /** added: flash-sale / group-buy prices come through the attempt or group flow */
  | "ATTEMPT_REQUIRED"
  /** added: a chosen coupon id that the shopper does not hold, or no longer unused */
  | "NOT_FOUND";

export type LineDiscount = { kind: "PROMOTION" | "COUPON"; id: string; amount: number; stage: number };

export type PricedLine = {
  skuId: string;
  shopId: string;
  quantity: number;
  unitPrice: number;
  listAmount: number;
  gift: boolean;
  itemOffer: { promotionId: string | null; type: string; amount: number; units: number } | null;
  discounts: LineDiscount[];
  payable: number;
  /** added: what each unit pays, as runs of equal price in unit order (they sum to `payable`) */
  units?: { payable: number; count: number }[];
};

export type Applied = { kind: "PROMOTION" | "COUPON" | "SHOP"; id: string | null; type: string; name: string; amount: number; templateId?: string; shopId?: string | null; stage: number };
export type NotApplied = { kind: "PROMOTION" | "COUPON"; id: string; reason: ReasonCode };
/** `type` (added): the promotion's kind, so pages word the reward right (a gift is not money off). */
export type Hint = { promotionId: string; basis: "AMOUNT" | "QUANTITY"; shortfall: number; amountOff: number; message: string; type?: string };
export type ShopShipping = { shopId: string; fee: number; discount: number; by: { kind: "PROMOTION" | "COUPON" | "SHOP"; id: string; amount: number }[] };

export type PriceResult = {
  currency: "CNY";
  lines: PricedLine[];
  subtotal: number;
  itemDiscount: number;
  orderDiscount: number;
  couponDiscount: number;
  shippingFee: number;
  shippingDiscount: number;
  total: number;
  applied: Applied[];
  notApplied: NotApplied[];
  hints: Hint[];
  coupons: { selected: string[]; usable: { id: string; saving: number }[]; unusable: { id: string; reason: ReasonCode }[] };
  shipping: ShopShipping[];
};

/** The price of nothing (a cart whose lines are all unticked). */
export const emptyResult = (): PriceResult => ({ currency: "CNY", lines: [], subtotal: 0, itemDiscount: 0, orderDiscount: 0, couponDiscount: 0, shippingFee: 0, shippingDiscount: 0, total: 0, applied: [], notApplied: [], hints: [], coupons: { selected: [], usable: [], unusable: [] }, shipping: [] });
