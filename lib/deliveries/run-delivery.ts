import { randomUUID } from "node:crypto";
import { db } from "@/lib/db/client";
import { pgPool } from "@/lib/db/pg-pool";
import { startJobWorker } from "@/lib/jobs/job-worker";
import { queue } from "@/lib/jobs/queues";
import { bounded } from "@/lib/redis/client";
import { issueCoupons } from "@/lib/coupons/issue-coupon";
import { audienceOf } from "@/lib/segments/segment-members";
import { timeZoneOf } from "@/lib/shops/shop-zone";
import { DELIVERY_QUEUE, approvalThreshold } from "./create-delivery";
import { renderTemplate, type TemplateValues } from "./delivery-template";
import { QUIET_CHANNELS, quietUntil } from "./quiet-hours";
import { sendOutside, type Claimed } from "./send-outside";

const BATCH = 1_000;
/** at most this many messages per shopper and channel in 24 h; the rest are SKIPPED (FREQUENCY_CAP) */
export const FREQUENCY_CAP_PER_DAY = 3;
/** a row handed to a provider and not answered for this long was cut off by a crash: FAILED (INTERRUPTED), never sent twice */
const INTERRUPTED_AFTER_MS = 10 * 60_000;

type Row = { shopperId: string; channel: string; attempts: number; name: string; email: string | null; phone: string | null; unsub: boolean };

/**
 * Sends a delivery (restartable; BullMQ retries it, the clock re-queues a lost one):
 * 1. once, the audience is snapshotted as PENDING recipients — one row per (delivery, shopper,
 *    channel), the primary key, plus a COUPON row per shopper when it grants one — in the same
 *    transaction that marks the snapshot taken (an automation writes its rows when it fires);
 * 2. then batches of PENDING rows, each claimed in one transaction: unsubscribed, capped or
 *    address-less rows are SKIPPED, the coupons (request key delivery:<id>:<shopper>, unique) and
 *    inbox messages are written and marked SENT there; email, SMS and push rows are marked
 *    SENDING and handed to their provider after the commit, then SENT or FAILED by its answer.
 *    A provider that cannot be reached sends nothing: those rows go back to PENDING and the
 *    delivery resumes later with backoff. SMS and push wait out quiet hours the same way.
 * A crash rolls a claim back whole; a row left SENDING is never sent again — so every
 * (delivery, shopper, channel) is sent at most once, and exactly once when its channel answers.
 */
export async function runDeliveryJob(jobId: string, now = new Date()) {
  const job = await db.job.findUniqueOrThrow({ where: { id: jobId } });
  if (job.status === "DONE") return;
  const delivery = await db.delivery.findUniqueOrThrow({ where: { jobId } });
  if (delivery.approval === "PENDING" || delivery.approval === "REJECTED") return;
  const params = job.params as { deliveryId?: string; snapshot?: boolean; resumeAt?: string };
  // a job the clock re-queued (its delayed entry lost with Redis) does nothing before its time
  if (delivery.sendAt.getTime() > now.getTime() + 1_000) return;
  if (params.resumeAt && new Date(params.resumeAt).getTime() > now.getTime() + 1_000) return;
  await db.job.update({ where: { id: jobId }, data: { status: "RUNNING", startedAt: job.startedAt ?? now } });

  if (!params.snapshot && delivery.segmentId) {
    const audience = await audienceOf(delivery.segmentId, delivery.shopId, now);
    // a rule segment may have grown since the delivery was made: past the approval size, it waits for an approver now
    if (delivery.approval === "NONE" && audience.length > (await approvalThreshold(delivery.shopId))) {
      await db.delivery.updateMany({ where: { id: delivery.id, approval: "NONE" }, data: { approval: "PENDING", audienceSize: audience.length } });
      await db.job.update({ where: { id: jobId }, data: { status: "QUEUED" } });
      return;
    }
    const rowChannels = [...delivery.channels, ...(delivery.couponTemplateId ? ["COUPON"] : [])];
    await db.$transaction(async (tx) => {
      for (const channel of rowChannels)
        for (let i = 0; i < audience.length; i += 50_000)
          await tx.$executeRaw`INSERT INTO "DeliveryRecipient" ("deliveryId", "shopperId", channel, status) SELECT ${delivery.id}, unnest(${audience.slice(i, i + 50_000)}::text[]), ${channel}, 'PENDING' ON CONFLICT DO NOTHING`;
      await tx.job.update({ where: { id: jobId }, data: { total: audience.length * rowChannels.length, params: { deliveryId: delivery.id, snapshot: true } } });
    }, { timeout: 120_000 });
  }
  await db.$executeRaw`UPDATE "DeliveryRecipient" SET status = 'FAILED', reason = 'INTERRUPTED' WHERE "deliveryId" = ${delivery.id} AND status = 'SENDING' AND "sentAt" < ${new Date(now.getTime() - INTERRUPTED_AFTER_MS)}`;

  const zone = await timeZoneOf(delivery.shopId);
  // the run's clock: `now` advanced by the time the run has taken (a long run stamps each claim with its own time)
  const started = Date.now();
  const clock = () => new Date(now.getTime() + (Date.now() - started));
  let quietEnd: Date | null = null;
  const template = delivery.couponTemplateId ? await db.couponTemplate.findUnique({ where: { id: delivery.couponTemplateId } }) : null;
  const shopName = delivery.shopId ? ((await db.shop.findUnique({ where: { id: delivery.shopId }, select: { name: true } }))?.name ?? "") : "";
  const valuesOf = (name: string): TemplateValues => ({ name, shop: shopName, coupon: template?.name ?? "" });

  let retryAt: Date | null = null;
  for (;;) {
    const at = clock();
    // quiet hours checked per batch: a run that starts at 21:55 stops SMS and push at 22:00
    quietEnd = quietUntil(at, zone);
    const open = [...delivery.channels, "COUPON"].filter((c) => !(quietEnd && QUIET_CHANNELS.has(c)));
    const claimed = await db.$transaction(async (tx) => {
      // no ORDER BY: the partial index of PENDING rows hands over the first ones without sorting them all
      const rows = await tx.$queryRaw<Row[]>`
        SELECT r."shopperId", r.channel, r.attempts, s.name, s.email, s.phone,
               EXISTS (SELECT 1 FROM "Unsubscribe" u WHERE u."shopperId" = r."shopperId" AND u.channel = r.channel) AS unsub
        FROM "DeliveryRecipient" r JOIN "Shopper" s ON s.id = r."shopperId"
        WHERE r."deliveryId" = ${delivery.id} AND r.status = 'PENDING' AND r.channel = ANY(${open}::text[])
        LIMIT ${BATCH} FOR UPDATE OF r SKIP LOCKED`;
      if (!rows.length) return null;
      const ids = [...new Set(rows.map((r) => r.shopperId))];
      const recent = await tx.$queryRaw<{ shopperId: string; channel: string; n: number }[]>`
        SELECT "shopperId", channel, count(*)::int AS n FROM "DeliveryRecipient"
        WHERE "shopperId" = ANY(${ids}::text[]) AND status IN ('SENT', 'SENDING') AND channel <> 'COUPON' AND "sentAt" > ${new Date(at.getTime() - 86_400_000)} GROUP BY 1, 2`;
      const capped = new Set(recent.filter((r) => r.n >= FREQUENCY_CAP_PER_DAY).map((r) => `${r.shopperId}:${r.channel}`));
      const outcome = new Map<string, { status: string; reason: string | null; messageId?: string; couponId?: string }>();
      const set = (r: Row, status: string, reason: string | null = null, extra = {}) => outcome.set(`${r.shopperId}:${r.channel}`, { status, reason, ...extra });

      const coupons = rows.filter((r) => r.channel === "COUPON");
      if (coupons.length) {
        const granted = template?.active
          ? await issueCoupons(tx, template, coupons.map((r) => r.shopperId), at, { grantedBy: delivery.createdBy, requestKey: (s) => `delivery:${delivery.id}:${s}` }).catch((e) => {
              if ((e as { code?: string }).code === "SOLD_OUT") return null;
              throw e;
            })
          : null;
        coupons.forEach((r, i) => (granted ? set(r, "SENT", null, { couponId: granted[i] }) : set(r, "FAILED", "NO_COUPON_LEFT")));
      }
      const inbox: Row[] = [];
      const outside: Claimed[] = [];
      for (const r of rows) {
        if (r.channel === "COUPON") continue;
        if (r.unsub) set(r, "SKIPPED", "UNSUBSCRIBED");
        else if (capped.has(`${r.shopperId}:${r.channel}`)) set(r, "SKIPPED", "FREQUENCY_CAP");
        else if ((r.channel === "EMAIL" && !r.email) || (r.channel === "SMS" && !r.phone)) set(r, "SKIPPED", "NO_ADDRESS");
        else if (r.channel === "INBOX") inbox.push(r);
        else {
          set(r, "SENDING");
          outside.push({ shopperId: r.shopperId, channel: r.channel as Claimed["channel"], attempts: r.attempts, to: r.channel === "EMAIL" ? r.email! : r.channel === "SMS" ? r.phone! : r.shopperId, values: valuesOf(r.name) });
        }
      }
      if (inbox.length) {
        const messageIds = inbox.map(() => randomUUID());
        await tx.$executeRaw`INSERT INTO "Message" (id, "shopperId", "shopId", "deliveryId", title, body, link, "createdAt")
          SELECT m.id, m.s, ${delivery.shopId}, ${delivery.id}, m.t, m.b, ${delivery.link}, ${at} FROM unnest(${messageIds}::text[], ${inbox.map((r) => r.shopperId)}::text[],
            ${inbox.map((r) => renderTemplate(delivery.title, valuesOf(r.name)))}::text[], ${inbox.map((r) => renderTemplate(delivery.body, valuesOf(r.name)))}::text[]) AS m(id, s, t, b)`;
        inbox.forEach((r, i) => set(r, "SENT", null, { messageId: messageIds[i] }));
      }
      const keys = [...outcome.keys()];
      const o = keys.map((k) => outcome.get(k)!);
      await tx.$executeRaw`UPDATE "DeliveryRecipient" r SET status = x.st, reason = x.re, "messageId" = x.m, "couponId" = x.c, "sentAt" = ${at}
        FROM unnest(${keys.map((k) => k.split(":")[0])}::text[], ${keys.map((k) => k.split(":")[1])}::text[], ${o.map((x) => x.status)}::text[], ${o.map((x) => x.reason)}::text[],
                    ${o.map((x) => x.messageId ?? null)}::text[], ${o.map((x) => x.couponId ?? null)}::text[]) AS x(s, ch, st, re, m, c)
        WHERE r."deliveryId" = ${delivery.id} AND r."shopperId" = x.s AND r.channel = x.ch`;
      await tx.$executeRaw`UPDATE "Job" SET processed = processed + ${o.filter((x) => x.status !== "SENDING").length} WHERE id = ${jobId}`;
      return { outside };
    }, { timeout: 120_000 });
    if (!claimed) break;
    const { retryAt: wait, finished } = await sendOutside(delivery, claimed.outside, clock());
    if (finished) await db.$executeRaw`UPDATE "Job" SET processed = processed + ${finished} WHERE id = ${jobId}`;
    // a provider is away: stop here and come back later (the rows it did not take are PENDING again)
    if (wait) {
      retryAt = wait;
      break;
    }
  }

  const { rows } = await pgPool().query<{ status: string; n: number; oldest: Date | null }>(
    `SELECT CASE WHEN channel = 'COUPON' THEN 'COUPON_' || status ELSE status END AS status, count(*)::int AS n, min("sentAt") AS oldest FROM "DeliveryRecipient" WHERE "deliveryId" = $1 GROUP BY 1`,
    [delivery.id],
  );
  const count = Object.fromEntries(rows.map((r) => [r.status, r.n]));
  // rows another run handed to a provider are not finished: come back when they would count as interrupted
  const sending = rows.find((r) => r.status === "SENDING");
  const sendingUntil = sending?.oldest ? new Date(sending.oldest.getTime() + INTERRUPTED_AFTER_MS + 1_000) : null;
  if ((count.PENDING ?? 0) + (count.COUPON_PENDING ?? 0) + (count.SENDING ?? 0) > 0) {
    const resumeAt = [retryAt, count.PENDING ? quietEnd : null, sendingUntil].filter((x): x is Date => x !== null).sort((a, b) => a.getTime() - b.getTime())[0] ?? new Date(clock().getTime() + 5_000);
    await db.job.update({ where: { id: jobId }, data: { params: { ...(job.params as object), deliveryId: delivery.id, snapshot: true, resumeAt: resumeAt.toISOString() } } });
    await bounded(queue(DELIVERY_QUEUE).add("run", { jobId }, { jobId: `${jobId}-at-${resumeAt.getTime()}`, delay: Math.max(0, resumeAt.getTime() - Date.now()) })).catch(() => undefined);
    return;
  }
  // DONE only while nothing is outstanding (a conditional update: a row claimed meanwhile keeps the job running)
  await db.$executeRaw`UPDATE "Job" SET status = 'DONE', result = ${JSON.stringify({ sent: count.SENT ?? 0, skipped: count.SKIPPED ?? 0, failed: count.FAILED ?? 0, coupons: count.COUPON_SENT ?? 0 })}::jsonb, "finishedAt" = now()
    WHERE id = ${jobId} AND NOT EXISTS (SELECT 1 FROM "DeliveryRecipient" WHERE "deliveryId" = ${delivery.id} AND status IN ('PENDING', 'SENDING'))`;
}

export function startDeliveryWorker() {
  return startJobWorker(DELIVERY_QUEUE, runDeliveryJob);
}
