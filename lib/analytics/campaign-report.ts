import { db } from "@/lib/db/client";
import type { StaffActor } from "@/lib/auth/actor";
import { assertCanRead } from "@/lib/auth/guards";
import { forbidden, notFound } from "@/lib/api/errors";

type Row = { claimed: number; claimers: number; used: number; orders: number; gmv: bigint; cost: bigint; platformCost: bigint; shopCost: bigint; newCustomers: number };

/**
 * A coupon campaign's 效果: coupons claimed (and by how many shoppers), used on paid orders,
 * claim → use rate, GMV of those orders net of refunds, the coupons' ledger cost split between
 * platform and shop, ROI, new customers, and claims / uses per day.
 */
export async function campaignReport(actor: StaffActor, campaignId: string) {
  const c = await db.couponCampaign.findUnique({ where: { id: campaignId }, include: { template: { select: { name: true, kind: true } } } });
  if (!c) throw notFound("campaign");
  assertCanRead(actor, c.shopId, "campaign");
  if (actor.shopId && c.shopId === null) throw forbidden("Reports of platform campaigns are for platform staff");
  const shop = c.shopId;
  const [[r], days] = await Promise.all([
    db.$queryRaw<Row[]>`
      WITH mine AS (SELECT id, "shopperId" FROM "UserCoupon" WHERE "campaignId" = ${campaignId}),
           uses AS (
             SELECT DISTINCT oc."userCouponId", o.id AS "orderId", o.total, o."refundedAmount", o."shopperId"
               FROM "OrderCoupon" oc JOIN mine ON mine.id = oc."userCouponId" JOIN "Order" o ON o.id = oc."orderId"
              WHERE oc.released = false AND o."paidAt" IS NOT NULL AND o.status <> 'CANCELLED'),
           orders AS (SELECT DISTINCT "orderId", "shopperId" FROM uses),
           paid AS (SELECT orders."orderId", orders."shopperId", coalesce(sum(a.gross), 0) AS total, coalesce(sum(a.refunded), 0) AS "refundedAmount"
                      FROM orders LEFT JOIN "OrderShopAmount" a ON a."orderId" = orders."orderId" AND (${shop}::text IS NULL OR a."shopId" = ${shop})
                     GROUP BY 1, 2)
      SELECT (SELECT count(*) FROM mine)::int AS claimed,
             (SELECT count(DISTINCT "shopperId") FROM mine)::int AS claimers,
             (SELECT count(DISTINCT "userCouponId") FROM uses)::int AS used,
             (SELECT count(*) FROM paid)::int AS orders,
             (SELECT coalesce(sum(total - "refundedAmount"), 0) FROM paid)::bigint AS gmv,
             (SELECT coalesce(sum(d.amount), 0) FROM "OrderDiscount" d JOIN uses ON uses."userCouponId" = d."userCouponId" AND uses."orderId" = d."orderId")::bigint AS cost,
             (SELECT coalesce(sum(d."platformCost"), 0) FROM "OrderDiscount" d JOIN uses ON uses."userCouponId" = d."userCouponId" AND uses."orderId" = d."orderId")::bigint AS "platformCost",
             (SELECT coalesce(sum(d."shopCost"), 0) FROM "OrderDiscount" d JOIN uses ON uses."userCouponId" = d."userCouponId" AND uses."orderId" = d."orderId")::bigint AS "shopCost",
             (SELECT count(DISTINCT e."shopperId") FROM "AnalyticsEvent" e JOIN paid ON paid."orderId" = e."orderId" WHERE e.type = 'ORDER_PAID' AND e."newCustomer")::int AS "newCustomers"`,
    db.$queryRaw<{ day: Date; claims: number; uses: number }[]>`
      SELECT day, sum(claims)::int AS claims, sum(uses)::int AS uses FROM (
        SELECT date_trunc('day', "createdAt") AS day, 1 AS claims, 0 AS uses FROM "UserCoupon" WHERE "campaignId" = ${campaignId}
        UNION ALL
        SELECT date_trunc('day', "usedAt"), 0, 1 FROM "UserCoupon" WHERE "campaignId" = ${campaignId} AND state = 'USED' AND "usedAt" IS NOT NULL) x
      GROUP BY day ORDER BY day`,
  ]);
  const gmv = Number(r.gmv);
  const cost = Number(r.cost);
  return {
    campaign: { id: c.id, name: c.name || c.template.name, kind: c.template.kind, templateId: c.templateId, totalQuantity: c.totalQuantity, claimStartsAt: c.claimStartsAt.toISOString(), claimEndsAt: c.claimEndsAt.toISOString() },
    claimed: r.claimed,
    claimers: r.claimers,
    used: r.used,
    claimToUse: r.claimed > 0 ? r.used / r.claimed : null,
    orders: r.orders,
    gmv,
    cost,
    platformCost: Number(r.platformCost),
    shopCost: Number(r.shopCost),
    roi: cost > 0 ? gmv / cost : null,
    newCustomers: r.newCustomers,
    costPerNewCustomer: r.newCustomers > 0 ? Math.round(cost / r.newCustomers) : null,
    days: days.map((d) => ({ day: new Date(d.day).toISOString(), claims: d.claims, uses: d.uses })),
  };
}
