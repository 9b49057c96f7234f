import type { PriceResult } from "@/lib/pricing/price-result";
import type { Limits } from "@/lib/pricing/promotion-config";
import { ledgerRows } from "./ledger-rows";
import { promotionSpend } from "./promotion-spend";

// One order-placement path (issue 12): every way an order is placed — checkout, flash sale, group
// buy — prices its cart with the engine, turns the result into a plan here (pure: no database, no
// clock), and hands the plan to the one writer (write-order-plan.ts). The plan holds every row the
// order writes and every reservation it takes; the reservations are stored with the order, and
// cancel / timeout give back exactly what was stored (release-reservations.ts).

/** What placing an order takes from shared counters; stored on the order (`Order.reservations`). */
export type Reservations = {
  v: 1;
  /** SKU stock, per order line (gift lines included) */
  skuStock: { lineNo: number; skuId: string; units: number; gift: boolean }[];
  /** flash-sale units held as pending (PromotionSku.pending) until payment or release */
  flashUnits: { promotionId: string; skuId: string; units: number }[];
  /** presale units held the same way (PromotionSku.pending → sold when the deposit is paid); not in the flash gate */
  presaleUnits?: { promotionId: string; skuId: string; units: number }[];
  /** promotion budget (cents) and activity stock; `units` counts towards the per-user unit limit */
  promotions: { promotionId: string; discount: number; units: number; stockUnits: number }[];
  /** coupons locked to the order and the cents taken from their template's budget */
  coupons: { userCouponId: string; templateId: string; amount: number }[];
};

/** Why a plan cannot be made or written — a business answer, never an exception. */
export type Refusal =
  | { reason: "OFFER_UNAVAILABLE"; promotionId: string; detail: string }
  | { reason: "COUPON_UNKNOWN"; couponId: string }
  | { reason: "SHOPPER_UNKNOWN" }
  | { reason: "OUT_OF_STOCK"; lineNo: number; skuId: string }
  | { reason: "GIFT_STOCK"; lineNo: number; skuId: string }
  | { reason: "FLASH_SOLD_OUT"; promotionId: string; skuId: string }
  | { reason: "FLASH_LIMIT"; promotionId: string; skuId: string }
  | { reason: "PER_USER_LIMIT" | "PER_USER_UNITS" | "PROMOTION_SPENT"; promotionId: string }
  | { reason: "COUPON_TAKEN"; couponId: string }
  | { reason: "COUPON_BUDGET"; templateId: string }
  | { reason: "PRESALE_STATE"; presaleId: string };

export type PlanContext = {
  shopperId: string;
  idempotencyKey: string;
  expiresAt: Date;
  region?: string | null;
  channel?: string | null;
  source?: string;
  /** the order exists only if this promotion applies (flash sale, group buy) */
  mustApply?: string;
  /** the priced promotions as the engine saw them (limits, rules, the shopper's A/B variant) */
  promotions: { id: string; type: string; limits: Limits; rules: unknown; variantKey?: string }[];
  /** the selected coupons with their template's cost split and campaign */
  coupons: { id: string; templateId: string; campaignId: string | null; shopId: string | null; platformShare: number; shopShare: number }[];
};

type LedgerRow = Omit<ReturnType<typeof ledgerRows>[number], "orderLineId"> & { lineNo: number | null };

export type OrderPlan = {
  shopperId: string;
  idempotencyKey: string;
  order: {
    subtotal: number;
    itemDiscount: number;
    orderDiscount: number;
    couponDiscount: number;
    shippingFee: number;
    shippingDiscount: number;
    total: number;
    pricing: PriceResult;
    region: string | null;
    channel: string | null;
    source: string;
    expiresAt: Date;
  };
  lines: { lineNo: number; skuId: string; shopId: string; quantity: number; unitPrice: number; listAmount: number; gift: boolean; itemOfferPromotionId: string | null; itemOfferType: string | null; itemDiscount: number; payable: number }[];
  ledger: LedgerRow[];
  shops: { shopId: string; shippingFee: number; shippingDiscount: number }[];
  participations: { promotionId: string; units: number; discount: number; variantKey: string | null }[];
  /** analytics events; `key` completes the dedupe key after the order id */
  events: { type: "ORDER_PLACED" | "COUPON_USE"; amount: number; discount: number; templateId: string | null; campaignId: string | null; shopId: string | null; key: string }[];
  /** checked under the shopper's row lock before anything is written */
  checks: {
    perUser: { promotionId: string; maxOrders: number | null; maxUnits: number | null; units: number }[];
    flash: { promotionId: string; skuId: string; units: number; limit: number }[];
  };
  reservations: Reservations;
  /** 预售 (lib/presale): the deposit's presale row, written with the order; or the presale a balance order settles */
  presale?: { deposit: PresaleRow } | { balanceOf: string };
};

/** The presale row a deposit order creates (PresaleDeposit). */
export type PresaleRow = { id: string; promotionId: string; shopId: string; skuId: string; quantity: number; deposit: number; depositValue: number; balanceStartsAt: Date; balanceEndsAt: Date };

const flashLimit = (rules: unknown, skuId: string) => (rules as { items?: { skuId: string; perUserLimit?: number }[] }).items?.find((i) => i.skuId === skuId)?.perUserLimit ?? 1;

/** The rows and reservations of an order priced as `result` — the same for every placement flow. */
export function planOrder(result: PriceResult, ctx: PlanContext): { ok: true; plan: OrderPlan } | { ok: false; refusal: Refusal } {
  if (ctx.mustApply && !result.applied.some((a) => a.id === ctx.mustApply)) {
    return { ok: false, refusal: { reason: "OFFER_UNAVAILABLE", promotionId: ctx.mustApply, detail: result.notApplied.find((n) => n.id === ctx.mustApply)?.reason ?? "NOT_STARTED" } };
  }
  const coupons = new Map(ctx.coupons.map((c) => [c.id, c]));
  const missing = result.coupons.selected.find((id) => !coupons.has(id));
  if (missing) return { ok: false, refusal: { reason: "COUPON_UNKNOWN", couponId: missing } };
  const promotions = new Map(ctx.promotions.map((p) => [p.id, p]));

  const couponAmounts = new Map(result.applied.filter((a) => a.kind === "COUPON").map((a) => [a.id!, a.amount]));
  const selected = result.coupons.selected.map((id) => ({ ...coupons.get(id)!, amount: couponAmounts.get(id) ?? 0 }));
  const spend = promotionSpend(result);
  const flashUnits = result.lines.filter((l) => l.itemOffer?.type === "FLASH_SALE" && l.itemOffer.promotionId && l.itemOffer.units > 0).map((l) => ({ promotionId: l.itemOffer!.promotionId!, skuId: l.skuId, units: l.itemOffer!.units }));

  const ledger = ledgerRows(result, result.lines.map((_, i) => String(i)), new Map(selected.map((c) => [c.id, c]))).map(({ orderLineId, ...r }) => ({ ...r, lineNo: orderLineId === null ? null : Number(orderLineId) }));

  const plan: OrderPlan = {
    shopperId: ctx.shopperId,
    idempotencyKey: ctx.idempotencyKey,
    order: {
      subtotal: result.subtotal,
      itemDiscount: result.itemDiscount,
      orderDiscount: result.orderDiscount,
      couponDiscount: result.couponDiscount,
      shippingFee: result.shippingFee,
      shippingDiscount: result.shippingDiscount,
      total: result.total,
      pricing: result,
      region: ctx.region ?? null,
      channel: ctx.channel ?? null,
      source: ctx.source ?? "CHECKOUT",
      expiresAt: ctx.expiresAt,
    },
    lines: result.lines.map((l, i) => ({
      lineNo: i,
      skuId: l.skuId,
      shopId: l.shopId,
      quantity: l.quantity,
      unitPrice: l.unitPrice,
      listAmount: l.listAmount,
      gift: l.gift,
      itemOfferPromotionId: l.itemOffer?.promotionId ?? null,
      itemOfferType: l.itemOffer?.type ?? null,
      itemDiscount: l.itemOffer?.amount ?? 0,
      payable: l.payable,
    })),
    ledger,
    shops: result.shipping.map((s) => ({ shopId: s.shopId, shippingFee: s.fee, shippingDiscount: s.discount })),
    participations: spend.map((s) => ({ promotionId: s.promotionId, units: s.units, discount: s.discount, variantKey: promotions.get(s.promotionId)?.variantKey ?? null })),
    events: [
      { type: "ORDER_PLACED", amount: result.total, discount: result.subtotal + result.shippingFee - result.total, templateId: null, campaignId: null, shopId: null, key: "placed" },
      ...selected.map((c) => ({ type: "COUPON_USE" as const, amount: 0, discount: c.amount, templateId: c.templateId, campaignId: c.campaignId, shopId: c.shopId, key: `use:${c.id}` })),
    ],
    checks: {
      perUser: spend
        .map((s) => ({ promotionId: s.promotionId, maxOrders: promotions.get(s.promotionId)?.limits.perUser ?? null, maxUnits: promotions.get(s.promotionId)?.limits.perUserUnits ?? null, units: s.units }))
        .filter((c) => c.maxOrders !== null || c.maxUnits !== null),
      flash: flashUnits.map((f) => ({ ...f, limit: flashLimit(promotions.get(f.promotionId)?.rules, f.skuId) })),
    },
    reservations: {
      v: 1,
      skuStock: result.lines.map((l, i) => ({ lineNo: i, skuId: l.skuId, units: l.quantity, gift: l.gift })),
      flashUnits,
      promotions: spend.map((s) => ({ promotionId: s.promotionId, discount: s.discount, units: s.units, stockUnits: s.stockUnits })),
      coupons: selected.map((c) => ({ userCouponId: c.id, templateId: c.templateId, amount: c.amount })),
    },
  };
  return { ok: true, plan };
}
