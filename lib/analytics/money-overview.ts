import { db } from "@/lib/db/client";

const DAYS = 30;

/**
 * The money side of the dashboard for a scope (platform, or one shop) over the last 30 days:
 * goods GMV (line payables of paid orders, net of refunds; for a shop, its own lines), discount
 * cost (the ledger's rows; for a shop, those on its lines and shipping), ROI, new customers, a
 * daily series, and the promotions that cost the most with their orders.
 */
export async function moneyOverview(shopId: string | null, now = new Date()) {
  const since = new Date(now.getTime() - DAYS * 86_400_000);
  const [series, costs, top, [fresh]] = await Promise.all([
    db.$queryRaw<{ day: Date; orders: number; gmv: bigint }[]>`
      SELECT date_trunc('day', o."paidAt") AS day, count(DISTINCT o.id)::int AS orders, coalesce(sum(l.payable - l."refundedAmount" + l."refundDeducted"), 0)::bigint AS gmv
        FROM "Order" o JOIN "OrderLine" l ON l."orderId" = o.id
       WHERE o."paidAt" >= ${since} AND o.status IN ('PAID', 'COMPLETED', 'REFUNDED') AND (${shopId}::text IS NULL OR l."shopId" = ${shopId})
       GROUP BY 1 ORDER BY 1`,
    db.$queryRaw<{ day: Date; cost: bigint }[]>`
      SELECT date_trunc('day', o."paidAt") AS day, coalesce(sum(d.amount), 0)::bigint AS cost
        FROM "OrderDiscount" d JOIN "Order" o ON o.id = d."orderId"
       WHERE o."paidAt" >= ${since} AND o.status IN ('PAID', 'COMPLETED', 'REFUNDED') AND (${shopId}::text IS NULL OR d."shopId" = ${shopId})
       GROUP BY 1`,
    db.$queryRaw<{ promotionId: string; cost: bigint; orders: number }[]>`
      SELECT d."promotionId", coalesce(sum(d.amount), 0)::bigint AS cost, count(DISTINCT d."orderId")::int AS orders
        FROM "OrderDiscount" d JOIN "Order" o ON o.id = d."orderId"
       WHERE o."paidAt" >= ${since} AND o.status IN ('PAID', 'COMPLETED', 'REFUNDED') AND d."promotionId" IS NOT NULL AND (${shopId}::text IS NULL OR d."shopId" = ${shopId})
       GROUP BY 1 ORDER BY 2 DESC LIMIT 5`,
    db.$queryRaw<{ n: number }[]>`
      SELECT count(DISTINCT e."shopperId")::int AS n FROM "AnalyticsEvent" e
       WHERE e.type = 'ORDER_PAID' AND e."newCustomer" AND e.at >= ${since}
         AND (${shopId}::text IS NULL OR EXISTS (SELECT 1 FROM "OrderLine" l WHERE l."orderId" = e."orderId" AND l."shopId" = ${shopId}))`,
  ]);
  const names = await db.promotion.findMany({ where: { id: { in: top.map((x) => x.promotionId) } }, select: { id: true, name: true } });
  const costByDay = new Map(costs.map((c) => [new Date(c.day).getTime(), Number(c.cost)]));
  const days = series.map((s) => ({ day: new Date(s.day).toISOString(), orders: s.orders, gmv: Number(s.gmv), cost: costByDay.get(new Date(s.day).getTime()) ?? 0 }));
  const gmv = days.reduce((a, d) => a + d.gmv, 0);
  const cost = costs.reduce((a, c) => a + Number(c.cost), 0);
  return {
    days,
    gmv,
    cost,
    orders: days.reduce((a, d) => a + d.orders, 0),
    roi: cost > 0 ? gmv / cost : null,
    newCustomers: fresh.n,
    top: top.map((x) => ({ promotionId: x.promotionId, name: names.find((n) => n.id === x.promotionId)?.name ?? x.promotionId, cost: Number(x.cost), orders: x.orders })),
  };
}
