import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { orderNumber } from "./order-number";
import { getOrderOrThrow } from "./order-access";
import { localName, skuLabel } from "@/lib/i18n/local-name";

type Locale = "zh" | "en";

/** The tabs of "my orders": each a filter on the shopper's orders. AFTER_SALE: any refund asked for. */
export const ORDER_TABS = ["ALL", "PENDING_PAYMENT", "PAID", "COMPLETED", "AFTER_SALE", "CANCELLED"] as const;
export type OrderTab = (typeof ORDER_TABS)[number];
const tabWhere = (tab: OrderTab): Prisma.OrderWhereInput =>
  tab === "ALL" ? {} : tab === "AFTER_SALE" ? { OR: [{ status: "REFUNDED" }, { refunds: { some: {} } }] } : { status: tab };

/** How many of the shopper's orders each tab holds (the tab's badge): one count by status, one of refunds. */
export async function countShopperOrders(shopperId: string): Promise<Record<OrderTab, number>> {
  const [byStatus, afterSale] = await Promise.all([
    db.order.groupBy({ by: ["status"], where: { shopperId }, _count: { _all: true } }),
    db.order.count({ where: { shopperId, ...tabWhere("AFTER_SALE") } }),
  ]);
  const of = (status: string) => byStatus.find((g) => g.status === status)?._count._all ?? 0;
  return { ALL: byStatus.reduce((a, g) => a + g._count._all, 0), PENDING_PAYMENT: of("PENDING_PAYMENT"), PAID: of("PAID"), COMPLETED: of("COMPLETED"), AFTER_SALE: afterSale, CANCELLED: of("CANCELLED") };
}

/** "My orders": newest first, with the first items' names and images; `tab` filters by state. */
export async function listShopperOrders(shopperId: string, locale: Locale, take = 30, tab: OrderTab = "ALL") {
  const orders = await db.order.findMany({
    where: { shopperId, ...tabWhere(tab) },
    orderBy: { createdAt: "desc" },
    take,
    include: { lines: { orderBy: { lineNo: "asc" }, take: 3, include: { sku: { select: { name: true, product: { select: { name: true, nameEn: true, imageUrl: true } } } } } } },
  });
  return orders.map((o) => ({
    id: o.id,
    orderNo: orderNumber(o),
    status: o.status,
    total: o.total,
    refundedAmount: o.refundedAmount,
    createdAt: o.createdAt,
    expiresAt: o.expiresAt,
    items: o.lines.map((l) => ({ name: skuLabel(l.sku.product, l.sku.name, locale), imageUrl: l.sku.product.imageUrl, quantity: l.quantity, gift: l.gift })),
  }));
}

/**
 * One order as its shopper sees it, from the ledger: each line with its discount rows (promotion
 * or coupon, named), what was refunded of it, shipping per shop, the refunds with the coupons
 * they gave back. Other shoppers' orders are "not found".
 */
export async function getShopperOrderView(shopperId: string, orderId: string, locale: Locale) {
  await getOrderOrThrow(shopperId, orderId);
  const o = await db.order.findUniqueOrThrow({
    where: { id: orderId },
    include: {
      lines: { orderBy: { lineNo: "asc" }, include: { discounts: { orderBy: { stage: "asc" } }, sku: { select: { name: true, product: { select: { id: true, name: true, nameEn: true, imageUrl: true } } } } } },
      discounts: { where: { orderLineId: null } },
      shops: true,
      refunds: { orderBy: { createdAt: "asc" }, include: { lines: true } },
      coupons: true,
    },
  });
  const promotionIds = [...new Set([...o.lines.flatMap((l) => l.discounts.map((d) => d.promotionId)), ...o.discounts.map((d) => d.promotionId), ...o.lines.map((l) => l.itemOfferPromotionId)].filter((x): x is string => !!x))];
  const couponIds = [...new Set([...o.coupons.map((c) => c.userCouponId), ...o.refunds.flatMap((r) => [...r.couponsReturned, ...r.couponsReclaimed])])];
  const [promotions, coupons, shops, member] = await Promise.all([
    db.promotion.findMany({ where: { id: { in: promotionIds } }, select: { id: true, name: true } }),
    db.userCoupon.findMany({ where: { id: { in: couponIds } }, select: { id: true, template: { select: { name: true } } } }),
    db.shop.findMany({ where: { id: { in: o.shops.map((s) => s.shopId) } }, select: { id: true, name: true, nameEn: true } }),
    db.groupBuyMember.findUnique({ where: { orderId: o.id }, select: { groupId: true } }),
  ]);
  const names: Record<string, string> = {};
  promotions.forEach((p) => (names[p.id] = p.name));
  coupons.forEach((c) => (names[c.id] = c.template.name));
  const shopName = (id: string) => {
    const s = shops.find((x) => x.id === id);
    return s ? localName(s, locale) : id;
  };
  return {
    id: o.id,
    orderNo: orderNumber(o),
    status: o.status,
    createdAt: o.createdAt,
    expiresAt: o.expiresAt,
    paidAt: o.paidAt,
    region: o.region,
    source: o.source,
    groupId: member?.groupId ?? null,
    couponNames: Object.fromEntries(coupons.map((c) => [c.id, c.template.name])) as Record<string, string>,
    totals: { subtotal: o.subtotal, itemDiscount: o.itemDiscount, orderDiscount: o.orderDiscount, couponDiscount: o.couponDiscount, shippingFee: o.shippingFee, shippingDiscount: o.shippingDiscount, total: o.total, refundedAmount: o.refundedAmount },
    lines: o.lines.map((l) => ({
      id: l.id,
      skuId: l.skuId,
      productId: l.sku.product.id,
      name: skuLabel(l.sku.product, l.sku.name, locale),
      imageUrl: l.sku.product.imageUrl,
      shopName: shopName(l.shopId),
      quantity: l.quantity,
      unitPrice: l.unitPrice,
      listAmount: l.listAmount,
      gift: l.gift,
      payable: l.payable,
      refundedQuantity: l.refundedQuantity,
      refundedAmount: l.refundedAmount,
      discounts: l.discounts.map((d) => ({ kind: d.kind, stage: d.stage, amount: d.amount, name: (d.userCouponId && names[d.userCouponId]) || (d.promotionId && names[d.promotionId]) || (d.kind === "ITEM_OFFER" ? (locale === "zh" ? "会员价" : "Member price") : d.kind) })),
    })),
    shops: o.shops.map((s) => ({ shopId: s.shopId, name: shopName(s.shopId), shippingFee: s.shippingFee, shippingDiscount: s.shippingDiscount, refundedShipping: s.refundedShipping })),
    refunds: o.refunds.map((r) => ({
      id: r.id,
      status: r.status,
      type: r.type,
      reason: r.reason,
      decisionReason: r.decisionReason,
      deductedAmount: r.deductedAmount,
      pointsReversed: r.pointsReversed,
      amount: r.amount,
      shippingAmount: r.shippingAmount,
      createdAt: r.createdAt,
      units: r.lines.reduce((a, l) => a + l.quantity, 0),
      couponsReturned: r.couponsReturned.map((id) => names[id] ?? id),
      couponsReclaimed: r.couponsReclaimed.map((id) => names[id] ?? id),
    })),
  };
}
export type ShopperOrderView = Awaited<ReturnType<typeof getShopperOrderView>>;
