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
  const d = await visibleDelivery(actor, id);
  const job = await db.job.findUniqueOrThrow({ where: { id: d.jobId } });
  return {
    id: d.id,
    name: d.name,
    shopId: d.shopId,
    segmentId: d.segmentId,
    channels: d.channels,
    title: d.title,
    body: d.body,
    html: d.html,
    link: d.link,
    couponTemplateId: d.couponTemplateId,
    sendAt: d.sendAt.toISOString(),
    createdAt: d.createdAt.toISOString(),
    createdBy: d.createdBy,
    audienceSize: d.audienceSize,
    approval: { status: d.approval, decidedBy: d.decidedBy, decidedAt: d.decidedAt?.toISOString() ?? null, note: d.decisionNote },
    job: { id: job.id, status: job.status, total: job.total, processed: job.processed, resumeAt: (job.params as { resumeAt?: string }).resumeAt ?? null },
    report: await funnelOf([d.id], d.shopId),
  };
}

/**
 * The funnel of a set of deliveries (one delivery, or every firing of an automation): messages
 * sent / skipped / failed / pending by channel, coupons granted, opened (inbox read), clicked
 * (inbox or tracked email/SMS/push link), converted, GMV, coupon cost and ROI.
 */
export async function funnelOf(ids: string[], shopId: string | null) {
  const pool = pgPool();
  const [status, funnel, conv] = await Promise.all([
    pool.query<{ channel: string; status: string; n: number }>(`SELECT channel, status, count(*)::int AS n FROM "DeliveryRecipient" WHERE "deliveryId" = ANY($1) GROUP BY 1, 2`, [ids]),
    pool.query<{ opened: number; clicked: number }>(
      `SELECT (SELECT count("readAt")::int FROM "Message" WHERE "deliveryId" = ANY($1)) AS opened,
              (SELECT count(*)::int FROM (SELECT DISTINCT "shopperId" FROM "Message" WHERE "deliveryId" = ANY($1) AND "clickedAt" IS NOT NULL
                                          UNION SELECT DISTINCT "shopperId" FROM "DeliveryRecipient" WHERE "deliveryId" = ANY($1) AND "clickedAt" IS NOT NULL) c) AS clicked`,
      [ids],
    ),
    pool.query<{ orders: number; gmv: string; cost: string }>(
      `WITH mine AS (SELECT DISTINCT "shopperId" FROM "DeliveryRecipient" WHERE "deliveryId" = ANY($1)),
            touched AS (SELECT m."shopperId", m."deliveryId", coalesce(m."clickedAt", m."readAt") AS at FROM "Message" m
                        WHERE m."shopperId" IN (SELECT "shopperId" FROM mine) AND m."deliveryId" IS NOT NULL AND coalesce(m."clickedAt", m."readAt") IS NOT NULL
                        UNION ALL
                        SELECT r."shopperId", r."deliveryId", r."clickedAt" FROM "DeliveryRecipient" r
                        WHERE r."shopperId" IN (SELECT "shopperId" FROM mine) AND r."clickedAt" IS NOT NULL),
            attributed AS (
              SELECT o.id, o.total - o."refundedAmount" AS gmv,
                     (SELECT t."deliveryId" FROM touched t WHERE t."shopperId" = o."shopperId" AND t.at <= o."paidAt" AND t.at > o."paidAt" - make_interval(days => ${ATTRIBUTION_DAYS}) ORDER BY t.at DESC LIMIT 1) AS delivery
              FROM "Order" o WHERE o."shopperId" IN (SELECT "shopperId" FROM mine) AND o."paidAt" IS NOT NULL AND o.status <> 'CANCELLED'
                AND ($2::text IS NULL OR EXISTS (SELECT 1 FROM "OrderShop" os WHERE os."orderId" = o.id AND os."shopId" = $2)))
       SELECT count(*)::int AS orders, coalesce(sum(a.gmv), 0)::text AS gmv,
              coalesce((SELECT sum(oc.amount) FROM "OrderCoupon" oc JOIN "DeliveryRecipient" r ON r."couponId" = oc."userCouponId" AND r."deliveryId" = ANY($1)
                        WHERE oc."orderId" IN (SELECT id FROM attributed WHERE delivery = ANY($1)) AND oc.released = false), 0)::text AS cost
       FROM attributed a WHERE a.delivery = ANY($1)`,
      [ids, shopId],
    ),
  ]);
  const messages = status.rows.filter((r) => r.channel !== "COUPON");
  const sum = (st: string) => messages.filter((r) => r.status === st).reduce((a, r) => a + r.n, 0);
  const byChannel: Record<string, Record<string, number>> = {};
  for (const r of messages) (byChannel[r.channel] ??= {})[r.status.toLowerCase()] = r.n;
  const gmv = Number(conv.rows[0].gmv);
  const cost = Number(conv.rows[0].cost);
  return {
    sent: sum("SENT"),
    skipped: sum("SKIPPED"),
    failed: sum("FAILED"),
    pending: sum("PENDING") + sum("SENDING"),
    byChannel,
    couponsGranted: status.rows.filter((r) => r.channel === "COUPON" && r.status === "SENT").reduce((a, r) => a + r.n, 0),
    opened: funnel.rows[0].opened,
    clicked: funnel.rows[0].clicked,
    converted: conv.rows[0].orders,
    gmv,
    couponCost: cost,
    roi: cost > 0 ? Math.round(((gmv - cost) / cost) * 100) / 100 : null,
  };
}

/** A delivery the actor may see: its shop's staff, or platform staff (a platform delivery's figures span every shop). */
export async function visibleDelivery(actor: StaffActor, id: string) {
  const d = await db.delivery.findUnique({ where: { id } });
  if (!d) throw notFound("delivery");
  assertCanRead(actor, d.shopId, "delivery");
  if (actor.shopId && d.shopId === null) throw notFound("delivery");
  return d;
}

export async function listDeliveries(actor: StaffActor, opts: { cursor?: string; take?: number } = {}) {
  const take = Math.min(opts.take ?? 50, 200);
  const rows = await db.delivery.findMany({
    where: { automationId: null, ...(actor.shopId ? { shopId: actor.shopId } : {}) },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: take + 1,
    ...(opts.cursor ? { cursor: { id: opts.cursor }, skip: 1 } : {}),
  });
  const page = rows.slice(0, take);
  const jobs = new Map((await db.job.findMany({ where: { id: { in: page.map((d) => d.jobId) } }, select: { id: true, status: true, total: true, processed: true } })).map((j) => [j.id, j]));
  return { items: page.map((d) => ({ id: d.id, name: d.name, channels: d.channels, sendAt: d.sendAt.toISOString(), approval: d.approval, audienceSize: d.audienceSize, job: jobs.get(d.jobId) ?? null })), nextCursor: rows.length > take ? page[page.length - 1].id : null };
}
