import { db } from "@/lib/db/client";
import { pgPool } from "@/lib/db/pg-pool";
import type { StaffActor } from "@/lib/auth/actor";
import { assertCanRead } from "@/lib/auth/guards";
import { notFound } from "@/lib/api/errors";

export const ATTRIBUTION_DAYS = 7;

/**
 * A delivery with its progress and funnel: sent, skipped, failed; opened (inbox read); clicked
 * (the tracked link); converted — a paid order within 7 days of opening or clicking, attributed to
 * the delivery the shopper opened or clicked last before paying (a shop's delivery counts orders in that
 * shop only); its GMV (paid less refunded), the
 * cost of the delivery's coupons on those orders, and ROI = (GMV − cost) / cost.
 */
export async function deliveryReport(actor: StaffActor, id: string) {
  const d = await db.delivery.findUnique({ where: { id } });
  if (!d) throw notFound("delivery");
  assertCanRead(actor, d.shopId, "delivery");
  // a platform delivery's figures span every shop: platform staff only
  if (actor.shopId && d.shopId === null) throw notFound("delivery");
  const job = await db.job.findUniqueOrThrow({ where: { id: d.jobId } });
  const pool = pgPool();
  const [status, funnel, conv] = await Promise.all([
    pool.query<{ status: string; n: number }>(`SELECT status, count(*)::int AS n FROM "DeliveryRecipient" WHERE "deliveryId" = $1 GROUP BY 1`, [id]),
    pool.query<{ opened: number; clicked: number }>(`SELECT count("readAt")::int AS opened, count("clickedAt")::int AS clicked FROM "Message" WHERE "deliveryId" = $1`, [id]),
    pool.query<{ orders: number; gmv: string; cost: string }>(
      `WITH mine AS (SELECT "shopperId" FROM "Message" WHERE "deliveryId" = $1),
            touched AS (SELECT m."shopperId", m."deliveryId", coalesce(m."clickedAt", m."readAt") AS at FROM "Message" m
                        WHERE m."shopperId" IN (SELECT "shopperId" FROM mine) AND m."deliveryId" IS NOT NULL AND coalesce(m."clickedAt", m."readAt") IS NOT NULL),
            attributed AS (
              SELECT o.id, o.total - o."refundedAmount" AS gmv,
                     (SELECT t."deliveryId" FROM touched t WHERE t."shopperId" = o."shopperId" AND t.at <= o."paidAt" AND t.at > o."paidAt" - make_interval(days => ${ATTRIBUTION_DAYS}) ORDER BY t.at DESC LIMIT 1) AS delivery
              FROM "Order" o WHERE o."shopperId" IN (SELECT "shopperId" FROM mine) AND o."paidAt" IS NOT NULL AND o.status <> 'CANCELLED'
                AND ($2::text IS NULL OR EXISTS (SELECT 1 FROM "OrderShop" os WHERE os."orderId" = o.id AND os."shopId" = $2)))
       SELECT count(*)::int AS orders, coalesce(sum(a.gmv), 0)::text AS gmv,
              coalesce((SELECT sum(oc.amount) FROM "OrderCoupon" oc JOIN "DeliveryRecipient" r ON r."couponId" = oc."userCouponId" AND r."deliveryId" = $1
                        WHERE oc."orderId" IN (SELECT id FROM attributed WHERE delivery = $1) AND oc.released = false), 0)::text AS cost
       FROM attributed a WHERE a.delivery = $1`,
      [id, d.shopId],
    ),
  ]);
  const by = Object.fromEntries(status.rows.map((r) => [r.status, r.n]));
  const gmv = Number(conv.rows[0].gmv);
  const cost = Number(conv.rows[0].cost);
  return {
    id: d.id,
    name: d.name,
    shopId: d.shopId,
    segmentId: d.segmentId,
    channels: d.channels,
    title: d.title,
    body: d.body,
    link: d.link,
    couponTemplateId: d.couponTemplateId,
    sendAt: d.sendAt.toISOString(),
    createdAt: d.createdAt.toISOString(),
    job: { id: job.id, status: job.status, total: job.total, processed: job.processed },
    report: { sent: by.SENT ?? 0, skipped: by.SKIPPED ?? 0, failed: by.FAILED ?? 0, pending: by.PENDING ?? 0, opened: funnel.rows[0].opened, clicked: funnel.rows[0].clicked, converted: conv.rows[0].orders, gmv, couponCost: cost, roi: cost > 0 ? Math.round(((gmv - cost) / cost) * 100) / 100 : null },
  };
}

export async function listDeliveries(actor: StaffActor, opts: { cursor?: string; take?: number } = {}) {
  const take = Math.min(opts.take ?? 50, 200);
  const rows = await db.delivery.findMany({
    where: actor.shopId ? { shopId: actor.shopId } : {},
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: take + 1,
    ...(opts.cursor ? { cursor: { id: opts.cursor }, skip: 1 } : {}),
  });
  const page = rows.slice(0, take);
  const jobs = new Map((await db.job.findMany({ where: { id: { in: page.map((d) => d.jobId) } }, select: { id: true, status: true, total: true, processed: true } })).map((j) => [j.id, j]));
  return { items: page.map((d) => ({ id: d.id, name: d.name, channels: d.channels, sendAt: d.sendAt.toISOString(), job: jobs.get(d.jobId) ?? null })), nextCursor: rows.length > take ? page[page.length - 1].id : null };
}
