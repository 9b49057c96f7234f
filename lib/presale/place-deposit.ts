import { randomUUID } from "node:crypto";
import { db } from "@/lib/db/client";
import { AppError, notFound } from "@/lib/api/errors";
import { env } from "@/lib/env";
import { emptyResult, type PriceResult } from "@/lib/pricing/price-result";
import { timingReason } from "@/lib/pricing/eligibility/timing";
import type { OrderPlan } from "@/lib/orders/order-plan";
import { writeOrderPlan } from "@/lib/orders/write-order-plan";
import { scheduleOrderTimeout } from "@/lib/orders/order-timeout";
import { toOrderDto } from "@/lib/orders/order-dto";
import { presaleOffer } from "./presale-rules-of";

export type DepositRequest = { promotionId: string; skuId: string; quantity: number; idempotencyKey: string };

/**
 * Pays into a presale (预售): an order of `deposit × quantity` for the SKU, which reserves the
 * units — the SKU's stock and the presale's own stock (PromotionSku, like a flash sale's) — and
 * writes the presale row in the same transaction. Unpaid, it times out like any order and gives
 * the units back. Limits: the item's per-shopper limit counts every deposit not cancelled.
 */
export async function placeDeposit(shopperId: string, req: DepositRequest, now = new Date(), keyShopId: string | null = null) {
  const prior = await db.order.findUnique({ where: { shopperId_idempotencyKey: { shopperId, idempotencyKey: req.idempotencyKey } } });
  if (prior) return { order: toOrderDto(prior), presaleId: (await db.presaleDeposit.findUnique({ where: { depositOrderId: prior.id } }))?.id ?? null, created: false };

  const { promotion, rules, item } = await presaleOffer(req.promotionId, req.skuId);
  if (!["APPROVED", "SCHEDULED", "ACTIVE"].includes(promotion.status)) throw new AppError("ENDED", "This presale is not open");
  const timing = timingReason(promotion.startsAt, promotion.endsAt, now);
  if (timing === "NOT_STARTED") throw new AppError("NOT_STARTED", "The presale has not started");
  if (timing) throw new AppError("ENDED", "The presale's deposit window has closed");
  if (req.quantity > item.perUserLimit) throw new AppError("LIMIT_REACHED", `At most ${item.perUserLimit} per shopper`, { quantity: `at most ${item.perUserLimit}` });
  const sku = await db.sku.findUnique({ where: { id: req.skuId }, select: { id: true, shopId: true } });
  if (!sku) throw notFound("SKU");
  if (keyShopId && sku.shopId !== keyShopId) throw new AppError("FORBIDDEN", "This API key belongs to one shop; it cannot act on another shop's goods", { skuId: "another shop's SKU" });

  const amount = item.deposit * req.quantity;
  const plan = depositPlan({ shopperId, idempotencyKey: req.idempotencyKey, promotionId: promotion.id, shopId: sku.shopId, skuId: sku.id, quantity: req.quantity, deposit: item.deposit, depositValue: item.depositValue, perUserLimit: item.perUserLimit, amount, balanceStartsAt: new Date(rules.balanceStartsAt), balanceEndsAt: new Date(rules.balanceEndsAt), expiresAt: new Date(now.getTime() + env().ORDER_TIMEOUT_MINUTES * 60_000) });
  const out = await writeOrderPlan(plan);
  if (!out.ok) {
    const r = out.refusal.reason;
    if (r === "FLASH_SOLD_OUT" || r === "OUT_OF_STOCK") throw new AppError("SOLD_OUT", "The presale's units are all reserved");
    if (r === "FLASH_LIMIT") throw new AppError("LIMIT_REACHED", `At most ${item.perUserLimit} per shopper`, { quantity: "the per-shopper limit is reached" });
    if (r === "SHOPPER_UNKNOWN") throw notFound("shopper");
    throw new AppError("CONFLICT", `The deposit could not be placed (${r}); please retry`);
  }
  if (out.created) await scheduleOrderTimeout(out.orderId, plan.order.expiresAt).catch((e) => console.error("could not schedule order timeout (the sweep will catch it)", e));
  const order = await db.order.findUniqueOrThrow({ where: { id: out.orderId } });
  return { order: toOrderDto(order), presaleId: (await db.presaleDeposit.findUnique({ where: { depositOrderId: order.id } }))?.id ?? null, created: out.created };
}

type DepositPlanInput = { shopperId: string; idempotencyKey: string; promotionId: string; shopId: string; skuId: string; quantity: number; deposit: number; depositValue: number; perUserLimit: number; amount: number; balanceStartsAt: Date; balanceEndsAt: Date; expiresAt: Date };

/** The deposit order's rows: one line at the deposit, no discount, no shipping (pure). */
export function depositPlan(d: DepositPlanInput): OrderPlan {
  const pricing: PriceResult = {
    ...emptyResult(),
    lines: [{ skuId: d.skuId, shopId: d.shopId, quantity: d.quantity, unitPrice: d.deposit, listAmount: d.amount, gift: false, itemOffer: null, discounts: [], payable: d.amount, units: [{ payable: d.deposit, count: d.quantity }] }],
    subtotal: d.amount,
    total: d.amount,
    shipping: [{ shopId: d.shopId, fee: 0, discount: 0, by: [] }],
  };
  const units = { promotionId: d.promotionId, skuId: d.skuId, units: d.quantity };
  return {
    shopperId: d.shopperId,
    idempotencyKey: d.idempotencyKey,
    order: { subtotal: d.amount, itemDiscount: 0, orderDiscount: 0, couponDiscount: 0, shippingFee: 0, shippingDiscount: 0, total: d.amount, pricing, region: null, channel: null, source: "PRESALE_DEPOSIT", expiresAt: d.expiresAt },
    lines: [{ lineNo: 0, skuId: d.skuId, shopId: d.shopId, quantity: d.quantity, unitPrice: d.deposit, listAmount: d.amount, gift: false, itemOfferPromotionId: d.promotionId, itemOfferType: "PRESALE", itemDiscount: 0, payable: d.amount }],
    ledger: [],
    shops: [{ shopId: d.shopId, shippingFee: 0, shippingDiscount: 0 }],
    participations: [{ promotionId: d.promotionId, units: d.quantity, discount: 0, variantKey: null }],
    events: [{ type: "ORDER_PLACED", amount: d.amount, discount: 0, templateId: null, campaignId: null, shopId: null, key: "placed" }],
    // the per-shopper limit: the SKU's units of this promotion in orders not cancelled (the flash check)
    checks: { perUser: [], flash: [{ ...units, limit: d.perUserLimit }] },
    reservations: { v: 1, skuStock: [{ lineNo: 0, skuId: d.skuId, units: d.quantity, gift: false }], flashUnits: [], presaleUnits: [units], promotions: [], coupons: [] },
    presale: { deposit: { id: randomUUID(), promotionId: d.promotionId, shopId: d.shopId, skuId: d.skuId, quantity: d.quantity, deposit: d.deposit, depositValue: d.depositValue, balanceStartsAt: d.balanceStartsAt, balanceEndsAt: d.balanceEndsAt } },
  };
}
