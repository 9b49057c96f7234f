import { db } from "@/lib/db/client";
import { timeZoneOf } from "@/lib/shops/shop-zone";
import { dayIn, fromZonedInput } from "@/lib/time/zone";

const DAYS = 30;

/**
 * The money side of the dashboard for a scope (platform, or one shop) over the last 30 days:
 * goods GMV (line payables of paid orders, net of refunds; for a shop, its own lines), discount
 * cost (the ledger's rows; for a shop, those on its lines and shipping), ROI, new customers, a
 * daily series, and the promotions that cost the most with their orders. Days are calendar days
 * in the shop's (or the platform's) time zone, and every one of the 30 is in the series — a day
 * without orders is a zero, so the chart never joins points across empty days.
 */
export async function moneyOverview(shopId: string | null, now = new Date()) {
  const tz = await timeZoneOf(shopId);
  // the last 30 calendar days in the zone, today included, each from its local midnight
  const [y, m, d] = dayIn(now, tz).split("-").map(Number);
  const keys = Array.from({ length: DAYS }, (_, i) => new Date(Date.UTC(y, m - 1, d - (DAYS - 1 - i))).toISOString().slice(0, 10));
  const since = new Date(fromZonedInput(`${keys[0]}T00:00`, tz)!);
  const [series, costs, top, [fresh]] = await Promise.all([
    db.$queryRaw<{ day: string; orders: number; gmv: bigint }[]>`
      SELECT to_char((o."paidAt" AT TIME ZONE 'UTC') AT TIME ZONE ${tz}, 'YYYY-MM-DD') AS day, count(DISTINCT o.id)::int AS orders, coalesce(sum(l.payable - l."refundedAmount" + l."refundDeducted"), 0)::bigint AS gmv
        FROM "Order" o JOIN "OrderLine" l ON l."orderId" = o.id
       WHERE o."paidAt" >= ${since} AND o.status IN ('PAID', 'COMPLETED', 'REFUNDED') AND (${shopId}::text IS NULL OR l."shopId" = ${shopId})
       GROUP BY 1 ORDER BY 1`,
    db.$queryRaw<{ day: string; cost: bigint }[]>`
      SELECT to_char((o."paidAt" AT TIME ZONE 'UTC') AT TIME ZONE ${tz}, 'YYYY-MM-DD') AS day, coalesce(sum(d.amount), 0)::bigint AS cost
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
  const costByDay = new Map(costs.map((c) => [c.day, Number(c.cost)]));
  const byDay = new Map(series.map((s) => [s.day, s]));
  const days = keys.map((day) => ({ day, orders: byDay.get(day)?.orders ?? 0, gmv: Number(byDay.get(day)?.gmv ?? 0n), cost: costByDay.get(day) ?? 0 }));
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
