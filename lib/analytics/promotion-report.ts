import { db } from "@/lib/db/client";
import type { StaffActor } from "@/lib/auth/actor";
import { assertCanRead } from "@/lib/auth/guards";
import { forbidden, notFound } from "@/lib/api/errors";
import { variantReport } from "./variant-report";

const PAID = ["PAID", "COMPLETED", "REFUNDED"];
const HOUR = 3_600_000;
const DAY = 86_400_000;

// sums of cents can pass 2^31 (¥21M): SQL adds them as bigint, JS holds them exactly up to 2^53
type Totals = { orders: number; participants: number; payingUsers: number; gmvGross: bigint; refunded: bigint; units: bigint; cost: bigint; newCustomers: number };

/**
 * 效果分析 of one promotion, from the ledger and the orders (never re-priced), every amount in
 * cents. Its orders are those that took part in it (a participation row) and were not cancelled;
 * "paid" means paid at some point (refunded orders included, their refunds subtracted from GMV).
 * - discount cost: the promotion's ledger rows on paid orders (item offers, order discounts, gifts
 *   at their list value, shipping);
 * - GMV: what those orders paid, minus what was refunded of them; ROI = GMV ÷ cost; for a shop's
 *   promotion only that shop's part of each order counts (its lines and shipping, the
 *   "OrderShopAmount" view), so a mixed-shop order never inflates a shop's figures;
 * - new customers: shoppers whose first paid order was one of them (for a shop's promotion, one
 *   holding that shop's goods); cost per new customer;
 * - average order value of its paid orders (orderAov, gross ÷ orders — the A/B arms use the same),
 *   and beside it the owner's whole-store average during the promotion vs the same length of
 *   time before it (the shop's orders, or all for a platform promotion);
 * - sell-through of activity stock (flash-sale items, or limits.totalStock);
 * - a series by hour (runs up to 3 days) or day.
 */
export async function promotionReport(actor: StaffActor, promotionId: string, now = new Date()) {
  const p = await db.promotion.findUnique({ where: { id: promotionId }, include: { skus: true, variants: { orderBy: { key: "asc" } } } });
  if (!p) throw notFound("promotion");
  assertCanRead(actor, p.shopId, "promotion");
  // platform figures (every shop's lines) are for platform staff only
  if (actor.shopId && p.shopId === null) throw forbidden("Reports of platform promotions are for platform staff");
  const shop = p.shopId;
  const end = new Date(Math.min(p.endsAt.getTime(), now.getTime()));
  const bucketMs = p.endsAt.getTime() - p.startsAt.getTime() <= 3 * DAY ? HOUR : DAY;

  // four independent queries, run side by side
  const totalsQ = db.$queryRaw<Totals[]>`
    WITH o AS (
      SELECT DISTINCT o.id, o."shopperId", o.total, o."refundedAmount", o."paidAt", o.status
        FROM "PromotionParticipation" pp JOIN "Order" o ON o.id = pp."orderId"
       WHERE pp."promotionId" = ${promotionId} AND o.status <> 'CANCELLED'
    ), paid AS (SELECT * FROM o WHERE "paidAt" IS NOT NULL AND status::text = ANY(${PAID})),
    amt AS (SELECT a.* FROM "OrderShopAmount" a JOIN paid ON paid.id = a."orderId" WHERE ${shop}::text IS NULL OR a."shopId" = ${shop})
    SELECT (SELECT count(*) FROM paid)::int AS orders,
           (SELECT count(DISTINCT "shopperId") FROM o)::int AS participants,
           (SELECT count(DISTINCT "shopperId") FROM paid)::int AS "payingUsers",
           (SELECT coalesce(sum(gross), 0) FROM amt)::bigint AS "gmvGross",
           (SELECT coalesce(sum(refunded), 0) FROM amt)::bigint AS refunded,
           (SELECT coalesce(sum(units), 0) FROM amt)::bigint AS units,
           (SELECT coalesce(sum(d.amount), 0) FROM "OrderDiscount" d JOIN paid ON paid.id = d."orderId" WHERE d."promotionId" = ${promotionId} AND (${shop}::text IS NULL OR d."shopId" = ${shop}))::bigint AS cost,
           (SELECT count(DISTINCT e."shopperId") FROM "AnalyticsEvent" e JOIN paid ON paid.id = e."orderId" WHERE e.type = 'ORDER_PAID' AND e."newCustomer"
               AND (${shop}::text IS NULL OR EXISTS (SELECT 1 FROM amt WHERE amt."orderId" = e."orderId")))::int AS "newCustomers"`;
  const viewersQ = db.$queryRaw<{ viewers: number }[]>`
    SELECT count(*)::int AS viewers FROM (
      SELECT "shopperId" FROM "AnalyticsEvent" WHERE "promotionId" = ${promotionId} AND type IN ('ACTIVITY_VIEW', 'PRODUCT_VIEW') GROUP BY 1) v`;

  const span = Math.max(HOUR, end.getTime() - p.startsAt.getTime());
  const before = new Date(p.startsAt.getTime() - span);
  const aovQ = aovWindows(shop, before, p.startsAt, end);

  const seriesQ = db.$queryRaw<{ bucket: Date; orders: number; gmv: bigint; cost: bigint }[]>`
    WITH orders AS (
      SELECT DISTINCT o.id, o."paidAt"
        FROM "PromotionParticipation" pp JOIN "Order" o ON o.id = pp."orderId"
       WHERE pp."promotionId" = ${promotionId} AND o."paidAt" IS NOT NULL AND o.status::text = ANY(${PAID})
    ), paid AS (
      SELECT orders.id, orders."paidAt", coalesce(sum(a.gross - a.refunded), 0) AS net
        FROM orders LEFT JOIN "OrderShopAmount" a ON a."orderId" = orders.id AND (${shop}::text IS NULL OR a."shopId" = ${shop})
       GROUP BY orders.id, orders."paidAt"
    ), costs AS (
      SELECT "orderId", sum(amount) AS cost FROM "OrderDiscount" WHERE "promotionId" = ${promotionId} GROUP BY 1
    )
    SELECT to_timestamp(floor(extract(epoch FROM paid."paidAt") * 1000 / ${bucketMs}) * ${bucketMs} / 1000) AT TIME ZONE 'UTC' AS bucket,
           count(*)::int AS orders, coalesce(sum(net), 0)::bigint AS gmv, coalesce(sum(costs.cost), 0)::bigint AS cost
      FROM paid LEFT JOIN costs ON costs."orderId" = paid.id GROUP BY 1 ORDER BY 1`;

  const [[raw], [{ viewers }], aovRows, series, ab] = await Promise.all([totalsQ, viewersQ, aovQ, seriesQ, variantReport(p.id, p.variants, shop)]);
  const totals = { ...raw, gmvGross: Number(raw.gmvGross), refunded: Number(raw.refunded), units: Number(raw.units), cost: Number(raw.cost) };
  const sellThrough = stockSellThrough(p);
  const gmv = totals.gmvGross - totals.refunded;
  return {
    promotion: { id: p.id, name: p.name, type: p.type, status: p.status, startsAt: p.startsAt.toISOString(), endsAt: p.endsAt.toISOString(), shopId: p.shopId },
    viewers,
    participants: totals.participants,
    payingUsers: totals.payingUsers,
    conversion: viewers > 0 ? totals.payingUsers / viewers : null,
    participantConversion: totals.participants > 0 ? totals.payingUsers / totals.participants : null,
    orders: totals.orders,
    gmv,
    gmvGross: totals.gmvGross,
    refunded: totals.refunded,
    units: totals.units,
    discountCost: totals.cost,
    roi: totals.cost > 0 ? gmv / totals.cost : null,
    newCustomers: totals.newCustomers,
    costPerNewCustomer: totals.newCustomers > 0 ? Math.round(totals.cost / totals.newCustomers) : null,
    // the promotion's own orders (the same basis as each A/B arm's): what one paid order of it is worth
    orderAov: totals.orders > 0 ? Math.round(totals.gmvGross / totals.orders) : null,
    aov: aovRows,
    sellThrough,
    bucket: bucketMs === HOUR ? "hour" : "day",
    ab,
    series: series.map((s) => ({ at: new Date(s.bucket).toISOString(), orders: s.orders, gmv: Number(s.gmv), cost: Number(s.cost) })),
  };
}
export type PromotionReport = Awaited<ReturnType<typeof promotionReport>>;

/** Average paid order value of the owner's orders in [before, start) and [start, end). */
async function aovWindows(shopId: string | null, before: Date, start: Date, end: Date) {
  const rows = await db.$queryRaw<{ during: boolean; orders: number; amount: bigint }[]>`
    SELECT x.during, count(*)::int AS orders, coalesce(sum(x.amount), 0)::bigint AS amount FROM (
      SELECT o.id, o."paidAt" >= ${start} AS during, sum(a.gross) AS amount
        FROM "Order" o JOIN "OrderShopAmount" a ON a."orderId" = o.id AND (${shopId}::text IS NULL OR a."shopId" = ${shopId})
       WHERE o."paidAt" >= ${before} AND o."paidAt" < ${end}
       GROUP BY o.id, 2) x
     GROUP BY 1`;
  const pick = (during: boolean) => {
    const r = rows.find((x) => x.during === during);
    return r && r.orders > 0 ? { orders: r.orders, average: Number((r.amount + BigInt(r.orders) / 2n) / BigInt(r.orders)) } : { orders: 0, average: null };
  };
  return { before: pick(false), during: pick(true) };
}

function stockSellThrough(p: { type: string; limits: unknown; stockUsed: number; skus: { stock: number | null; sold: number }[] }) {
  if (p.type === "FLASH_SALE") {
    const stock = p.skus.reduce((a, s) => a + (s.stock ?? 0), 0);
    const sold = p.skus.reduce((a, s) => a + s.sold, 0);
    return stock > 0 ? { sold, stock, rate: sold / stock } : null;
  }
  const total = (p.limits as { totalStock?: number }).totalStock;
  return total ? { sold: p.stockUsed, stock: total, rate: p.stockUsed / total } : null;
}
