import type { Tx } from "@/lib/db/client";
import { AppError } from "@/lib/api/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { PriceResult } from "@/lib/pricing/price-result";
import { ledgerRows } from "./ledger-rows";
import { PricingConflict } from "./pricing-conflict";
import { promotionSpend } from "./promotion-spend";
import { checkFlashLimits, reserveFlashUnits } from "@/lib/flash-sale/flash-ledger";
import { TAKE_COUPON_BUDGET, TAKE_PROMOTION_SPEND, TAKE_SKU_STOCK } from "./counter-sql";

type NewOrder = { shopperId: string; idempotencyKey: string; result: PriceResult; region?: string; channel?: string; expiresAt: Date; source?: string; variants?: Record<string, string> };

/**
 * Writes an order inside one transaction and reserves everything its price relies on: SKU stock,
 * promotion budget / stock / per-user limits, coupon use and coupon budget. Every reservation is
 * a conditional update, so a concurrent order that spent the same thing first makes this one
 * throw PricingConflict (the caller re-prices) — nothing is ever overspent or used twice.
 */
export async function persistOrder(tx: Tx, o: NewOrder) {
  const { result } = o;
  // one order of a shopper at a time: per-user limits are counted under this lock
  await tx.$queryRaw`SELECT id FROM "Shopper" WHERE id = ${o.shopperId} FOR UPDATE`;
  const existing = await tx.order.findUnique({ where: { shopperId_idempotencyKey: { shopperId: o.shopperId, idempotencyKey: o.idempotencyKey } } });
  if (existing) return { order: existing, created: false };

  await checkFlashLimits(tx, o.shopperId, result);

  const spend = promotionSpend(result);
  if (spend.length) {
    const promos = await tx.promotion.findMany({ where: { id: { in: spend.map((s) => s.promotionId) } }, select: { id: true, limits: true } });
    const limits = new Map(promos.map((p) => [p.id, p.limits as { perUser?: number; perUserUnits?: number }]));
    const held = await tx.promotionParticipation.groupBy({
      by: ["promotionId"],
      where: { shopperId: o.shopperId, promotionId: { in: spend.map((s) => s.promotionId) }, status: { not: "RELEASED" } },
      _count: { _all: true },
      _sum: { units: true },
    });
    for (const s of spend) {
      const l = limits.get(s.promotionId) ?? {};
      const h = held.find((x) => x.promotionId === s.promotionId);
      if (l.perUser !== undefined && (h?._count._all ?? 0) + 1 > l.perUser) throw new PricingConflict("perUser");
      if (l.perUserUnits !== undefined && (h?._sum.units ?? 0) + s.units > l.perUserUnits) throw new PricingConflict("perUserUnits");
    }
  }

  const couponIds = result.coupons.selected;
  const couponAmounts = new Map(result.applied.filter((a) => a.kind === "COUPON").map((a) => [a.id!, a.amount]));
  const coupons = couponIds.length ? await tx.userCoupon.findMany({ where: { id: { in: couponIds } }, include: { template: true } }) : [];

  const order = await tx.order.create({
    data: {
      shopperId: o.shopperId,
      idempotencyKey: o.idempotencyKey,
      subtotal: result.subtotal,
      itemDiscount: result.itemDiscount,
      orderDiscount: result.orderDiscount,
      couponDiscount: result.couponDiscount,
      shippingFee: result.shippingFee,
      shippingDiscount: result.shippingDiscount,
      total: result.total,
      pricing: result as unknown as Prisma.InputJsonValue,
      region: o.region,
      channel: o.channel,
      source: o.source ?? "CHECKOUT",
      expiresAt: o.expiresAt,
    },
  });

  for (const c of coupons) {
    const n = await tx.$executeRaw`UPDATE "UserCoupon" SET state = 'LOCKED', "orderId" = ${order.id} WHERE id = ${c.id} AND "shopperId" = ${o.shopperId} AND state = 'UNUSED'`;
    if (n === 0) throw new PricingConflict("coupon taken");
    const amount = couponAmounts.get(c.id) ?? 0;
    await tx.orderCoupon.create({ data: { orderId: order.id, userCouponId: c.id, templateId: c.templateId, amount } });
  }

  const lines = await Promise.all(
    result.lines.map((l, i) =>
      tx.orderLine.create({
        data: {
          orderId: order.id,
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
        },
        select: { id: true },
      }),
    ),
  );
  const shares = new Map(coupons.map((c) => [c.id, { templateId: c.templateId, platformShare: c.template.platformShare, shopShare: c.template.shopShare }]));
  await tx.orderDiscount.createMany({ data: ledgerRows(result, lines.map((l) => l.id), shares).map((r) => ({ ...r, orderId: order.id })) });
  await tx.orderShop.createMany({ data: result.shipping.map((s) => ({ orderId: order.id, shopId: s.shopId, shippingFee: s.fee, shippingDiscount: s.discount })) });
  if (spend.length) {
    await tx.promotionParticipation.createMany({ data: spend.map((s) => ({ promotionId: s.promotionId, shopperId: o.shopperId, orderId: order.id, units: s.units, discount: s.discount, variantKey: o.variants?.[s.promotionId] ?? null })) });
  }
  await tx.analyticsEvent.createMany({
    data: [
      { type: "ORDER_PLACED", shopperId: o.shopperId, orderId: order.id, amount: result.total, discount: result.subtotal + result.shippingFee - result.total, dedupeKey: `placed:${order.id}` },
      ...coupons.map((c) => ({ type: "COUPON_USE" as const, shopperId: o.shopperId, orderId: order.id, templateId: c.templateId, campaignId: c.campaignId, shopId: c.template.shopId, discount: couponAmounts.get(c.id) ?? 0, dedupeKey: `use:${order.id}:${c.id}` })),
    ],
  });
  await reserveSharedCounters(tx, result, spend, coupons.map((c) => ({ templateId: c.templateId, amount: couponAmounts.get(c.id) ?? 0 })));
  return { order, created: true };
}

/**
 * The rows every order of a hot product or promotion competes for — SKU stock, flash-sale units,
 * promotion budget / stock, coupon template budget — are updated last, each with a conditional
 * update, so their row locks are held only for the moment before the commit.
 */
async function reserveSharedCounters(tx: Tx, result: PriceResult, spend: ReturnType<typeof promotionSpend>, couponBudgets: { templateId: string; amount: number }[]) {
  for (const [i, line] of result.lines.entries()) {
    if ((await tx.$executeRawUnsafe(TAKE_SKU_STOCK, line.quantity, line.skuId)) > 0) continue;
    if (line.gift) throw new PricingConflict("gift stock");
    throw new AppError("OUT_OF_STOCK", `Not enough stock for SKU ${line.skuId}`, { [`lines.${i}.quantity`]: "more than the stock left" });
  }
  await reserveFlashUnits(tx, result);
  for (const s of spend) if ((await tx.$executeRawUnsafe(TAKE_PROMOTION_SPEND, s.discount, s.stockUnits, s.promotionId)) === 0) throw new PricingConflict("promotion budget or stock");
  for (const c of couponBudgets) if ((await tx.$executeRawUnsafe(TAKE_COUPON_BUDGET, c.amount, c.templateId)) === 0) throw new PricingConflict("coupon budget");
}
