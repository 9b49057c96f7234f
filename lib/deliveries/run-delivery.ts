import { randomUUID } from "node:crypto";
import { db } from "@/lib/db/client";
import { pgPool } from "@/lib/db/pg-pool";
import { startJobWorker } from "@/lib/jobs/job-worker";
import { issueCoupons } from "@/lib/coupons/issue-coupon";
import { audienceOf } from "@/lib/segments/segment-members";
import { DELIVERY_QUEUE } from "./create-delivery";
import { renderTemplate } from "./delivery-template";

const BATCH = 1_000;
/** at most this many messages per shopper and channel in 24 h; the rest are SKIPPED (FREQUENCY_CAP) */
export const FREQUENCY_CAP_PER_DAY = 3;

/**
 * Sends a delivery (restartable; BullMQ retries it, the clock re-queues a lost one):
 * 1. once, the audience is snapshotted as PENDING recipients — one row per (delivery, shopper,
 *    channel), the primary key — in the same transaction that marks the snapshot taken;
 * 2. then batches of PENDING rows, each in one transaction: the frequency cap is checked, the
 *    messages (and coupons, request key delivery:<id>:<shopper>, unique) are written and the rows
 *    marked SENT / SKIPPED. A crash rolls a batch back whole; a retry takes the rows still
 *    PENDING — so every (delivery, shopper, channel) is sent exactly once.
 */
export async function runDeliveryJob(jobId: string, now = new Date()) {
  const job = await db.job.findUniqueOrThrow({ where: { id: jobId } });
  if (job.status === "DONE") return;
  const delivery = await db.delivery.findUniqueOrThrow({ where: { jobId } });
  // a job the clock re-queued (its delayed entry lost with Redis) does nothing before its time;
  // the clock adds it again every tick until then
  if (delivery.sendAt.getTime() > Date.now() + 1_000) return;
  await db.job.update({ where: { id: jobId }, data: { status: "RUNNING", startedAt: job.startedAt ?? now } });

  if (!(job.params as { snapshot?: boolean }).snapshot) {
    const audience = await audienceOf(delivery.segmentId, delivery.shopId, now);
    await db.$transaction(async (tx) => {
      for (const channel of delivery.channels)
        for (let i = 0; i < audience.length; i += 50_000)
          await tx.$executeRaw`INSERT INTO "DeliveryRecipient" ("deliveryId", "shopperId", channel, status) SELECT ${delivery.id}, unnest(${audience.slice(i, i + 50_000)}::text[]), ${channel}, 'PENDING' ON CONFLICT DO NOTHING`;
      await tx.job.update({ where: { id: jobId }, data: { total: audience.length * delivery.channels.length, params: { deliveryId: delivery.id, snapshot: true } } });
    }, { timeout: 120_000 });
  }

  const template = delivery.couponTemplateId ? await db.couponTemplate.findUnique({ where: { id: delivery.couponTemplateId } }) : null;
  const shopName = delivery.shopId ? ((await db.shop.findUnique({ where: { id: delivery.shopId }, select: { name: true } }))?.name ?? "") : "";
  for (;;) {
    const sent = await db.$transaction(async (tx) => {
      const rows = await tx.$queryRaw<{ shopperId: string; channel: string; name: string }[]>`
        SELECT r."shopperId", r.channel, s.name FROM "DeliveryRecipient" r JOIN "Shopper" s ON s.id = r."shopperId"
        WHERE r."deliveryId" = ${delivery.id} AND r.status = 'PENDING' ORDER BY r."shopperId" LIMIT ${BATCH} FOR UPDATE OF r SKIP LOCKED`;
      if (!rows.length) return 0;
      const ids = rows.map((r) => r.shopperId);
      const recent = await tx.$queryRaw<{ shopperId: string; channel: string; n: number }[]>`
        SELECT "shopperId", channel, count(*)::int AS n FROM "DeliveryRecipient"
        WHERE "shopperId" = ANY(${ids}::text[]) AND status = 'SENT' AND "sentAt" > ${new Date(now.getTime() - 86_400_000)} GROUP BY 1, 2`;
      const capped = new Set(recent.filter((r) => r.n >= FREQUENCY_CAP_PER_DAY).map((r) => `${r.shopperId}:${r.channel}`));
      const go = rows.filter((r) => !capped.has(`${r.shopperId}:${r.channel}`));
      const skipped = rows.filter((r) => capped.has(`${r.shopperId}:${r.channel}`));
      const messageIds = go.map(() => randomUUID());
      // the coupons, while the template has them (checked again now: it may have run out since the delivery was made); the message goes either way
      let couponIds: (string | null)[] = go.map(() => null);
      if (template && template.active) {
        couponIds = await issueCoupons(tx, template, go.map((r) => r.shopperId), now, { grantedBy: delivery.createdBy, requestKey: (s) => `delivery:${delivery.id}:${s}` }).catch((e) => {
          if ((e as { code?: string }).code === "SOLD_OUT") return go.map(() => null);
          throw e;
        });
      }
      if (go.length) {
        await tx.$executeRaw`INSERT INTO "Message" (id, "shopperId", "shopId", "deliveryId", title, body, link, "createdAt")
          SELECT m.id, m.s, ${delivery.shopId}, ${delivery.id}, m.t, m.b, ${delivery.link}, ${now} FROM unnest(${messageIds}::text[], ${go.map((r) => r.shopperId)}::text[],
            ${go.map((r) => renderTemplate(delivery.title, { name: r.name, shop: shopName, coupon: template?.name ?? "" }))}::text[],
            ${go.map((r) => renderTemplate(delivery.body, { name: r.name, shop: shopName, coupon: template?.name ?? "" }))}::text[]) AS m(id, s, t, b)`;
        await tx.$executeRaw`UPDATE "DeliveryRecipient" r SET status = 'SENT', "messageId" = x.m, "couponId" = x.c, "sentAt" = ${now}, reason = CASE WHEN x.c IS NULL AND ${template !== null} THEN 'NO_COUPON_LEFT' ELSE NULL END
          FROM unnest(${go.map((r) => r.shopperId)}::text[], ${messageIds}::text[], ${couponIds}::text[]) AS x(s, m, c)
          WHERE r."deliveryId" = ${delivery.id} AND r."shopperId" = x.s AND r.channel = 'INBOX'`;
      }
      if (skipped.length) await tx.$executeRaw`UPDATE "DeliveryRecipient" SET status = 'SKIPPED', reason = 'FREQUENCY_CAP' WHERE "deliveryId" = ${delivery.id} AND "shopperId" = ANY(${skipped.map((r) => r.shopperId)}::text[])`;
      await tx.job.update({ where: { id: jobId }, data: { processed: { increment: rows.length } } });
      return rows.length;
    }, { timeout: 120_000 });
    if (!sent) break;
  }
  const { rows } = await pgPool().query<{ status: string; n: number }>(`SELECT status, count(*)::int AS n FROM "DeliveryRecipient" WHERE "deliveryId" = $1 GROUP BY 1`, [delivery.id]);
  const count = Object.fromEntries(rows.map((r) => [r.status, r.n]));
  await db.job.update({ where: { id: jobId }, data: { status: "DONE", result: { sent: count.SENT ?? 0, skipped: count.SKIPPED ?? 0, failed: count.FAILED ?? 0 }, finishedAt: new Date() } });
}

export function startDeliveryWorker() {
  return startJobWorker(DELIVERY_QUEUE, runDeliveryJob);
}
