import { db } from "@/lib/db/client";
import { pgPool } from "@/lib/db/pg-pool";
import type { AlertKind, AlertRule } from "@/lib/generated/prisma/client";
import { limitsSchema } from "@/lib/pricing/promotion-config";
import { formatYuan } from "@/lib/pricing/money";
import { readCounters } from "@/lib/live/live-counters";
import { redis } from "@/lib/redis/client";
import { emitEvent } from "@/lib/webhooks/webhook-events";
import { countAlert } from "@/lib/ops/metrics";
import { notifyStaff } from "./notify-staff";

// The alert evaluator (a clock task, every few seconds): each active rule's conditions on the
// subjects it watches — one promotion or campaign, or every live one of its shop (platform: all).
// A firing condition raises one alert (a partial unique index: one per rule and subject until it is
// resolved), written with its `alert.raised` webhook event, then staff are told by email; a
// condition that clears resolves its alert by itself.

type Condition = { rule: AlertRule; subject: string; name: string; shopId: string | null; value: number; firing: boolean; message: string };

const PROMOTION_KINDS: AlertKind[] = ["BUDGET_BURN", "STOCK_LOW", "ROI_BELOW", "ATTEMPT_RATE", "COUNTER_DRIFT", "ATTEMPT_SPIKE"];
/** A spike needs some volume before "× normal" means anything: attempts per second, claims per minute. */
const SPIKE_MIN_ATTEMPTS = 5;
const SPIKE_MIN_CLAIMS = 10;

/**
 * Claims per campaign in one query: `n` in the last minute and, when asked, `hour` in the hour
 * before it (the spike rules' normal).
 */
async function claimCounts(campaignIds: string[], now: Date, withHour: boolean) {
  if (!campaignIds.length) return new Map<string, { n: number; hour: number }>();
  const minuteAgo = new Date(now.getTime() - 60_000);
  const from = withHour ? new Date(now.getTime() - 61 * 60_000) : minuteAgo;
  const { rows } = await pgPool().query<{ campaignId: string; n: number; hour: number }>(
    `SELECT "campaignId", (count(*) FILTER (WHERE "createdAt" > $2))::int AS n, (count(*) FILTER (WHERE "createdAt" <= $2))::int AS hour
       FROM "UserCoupon" WHERE "campaignId" = ANY($1) AND "createdAt" > $3 AND "createdAt" <= $4 GROUP BY "campaignId"`,
    [campaignIds, minuteAgo, from, now],
  );
  return new Map(rows.map((r) => [r.campaignId, { n: r.n, hour: r.hour }]));
}

async function promotionsOf(rule: AlertRule) {
  return db.promotion.findMany({
    where: { status: "ACTIVE", ...(rule.promotionId ? { id: rule.promotionId } : rule.shopId ? { shopId: rule.shopId } : {}), ...(rule.kind === "ATTEMPT_RATE" || rule.kind === "ATTEMPT_SPIKE" ? { type: "FLASH_SALE" } : {}) },
    include: { skus: { where: { stock: { not: null } }, select: { stock: true, sold: true, pending: true } } },
    take: 500,
  });
}

async function dbFigures(promotionId: string) {
  const { rows } = await pgPool().query<{ orders: number; cost: string }>(
    `SELECT count(DISTINCT o.id)::int AS orders, coalesce((SELECT sum(d.amount) FROM "OrderDiscount" d JOIN "Order" x ON x.id = d."orderId" WHERE d."promotionId" = $1 AND x."paidAt" IS NOT NULL AND x.status IN ('PAID','COMPLETED','REFUNDED')), 0)::bigint AS cost
       FROM "PromotionParticipation" pp JOIN "Order" o ON o.id = pp."orderId" WHERE pp."promotionId" = $1 AND o."paidAt" IS NOT NULL AND o.status IN ('PAID','COMPLETED','REFUNDED')`,
    [promotionId],
  );
  return { orders: rows[0].orders, cost: Number(rows[0].cost) };
}

async function conditionsOf(rule: AlertRule, now: Date): Promise<Condition[]> {
  const out: Condition[] = [];
  const at = (subject: string, name: string, shopId: string | null, value: number, firing: boolean, message: string) => out.push({ rule, subject, name, shopId, value, firing, message });
  if (PROMOTION_KINDS.includes(rule.kind)) {
    for (const p of await promotionsOf(rule)) {
      const limits = limitsSchema.parse(p.limits);
      if (rule.kind === "BUDGET_BURN" && limits.budget) {
        const pct = Math.floor((p.budgetUsed * 100) / limits.budget);
        at(p.id, p.name, p.shopId, pct, pct >= rule.threshold, `预算已用 ${pct}%（${formatYuan(p.budgetUsed)} / ${formatYuan(limits.budget)}） · budget ${pct}% used`);
      }
      if (rule.kind === "STOCK_LOW") {
        const items = p.skus.length ? p.skus.reduce((a, s) => a + Math.max(0, (s.stock ?? 0) - s.sold - s.pending), 0) : limits.totalStock !== undefined ? Math.max(0, limits.totalStock - p.stockUsed) : null;
        if (items !== null) at(p.id, p.name, p.shopId, items, items <= rule.threshold, `库存仅剩 ${items} 件 · ${items} units left`);
      }
      if (rule.kind === "ATTEMPT_SPIKE") {
        // the last 10 s against the 50 s before them (per second)
        const c = await readCounters(p.id, now.getTime(), 60);
        const recent = c.attemptsPerSecond.slice(-10).reduce((a, b) => a + b, 0) / 10;
        const normal = c.attemptsPerSecond.slice(0, 50).reduce((a, b) => a + b, 0) / 50;
        const pct = normal > 0 ? Math.round((recent * 100) / normal) : recent >= SPIKE_MIN_ATTEMPTS ? 100_000 : 0;
        at(p.id, p.name, p.shopId, pct, recent >= SPIKE_MIN_ATTEMPTS && pct >= rule.threshold, `抢购请求 ${recent.toFixed(1)}/秒，为平时 ${normal.toFixed(1)}/秒 的 ${(pct / 100).toFixed(1)} 倍 · attempts far above normal`);
      }
      if (rule.kind === "ROI_BELOW" || rule.kind === "ATTEMPT_RATE" || rule.kind === "COUNTER_DRIFT") {
        const c = await readCounters(p.id, now.getTime(), 10);
        if (rule.kind === "ROI_BELOW" && c.orders >= 5 && c.cost > 0) {
          const roi = Math.floor((c.gmv * 100) / c.cost);
          at(p.id, p.name, p.shopId, roi, roi < rule.threshold, `ROI ${(roi / 100).toFixed(2)} 低于 ${(rule.threshold / 100).toFixed(2)} · ROI below the floor`);
        }
        if (rule.kind === "ATTEMPT_RATE") {
          const perSecond = Math.round(c.attemptsPerSecond.reduce((a, b) => a + b, 0) / 10);
          at(p.id, p.name, p.shopId, perSecond, perSecond > rule.threshold, `抢购请求 ${perSecond}/秒，高于 ${rule.threshold}/秒 · attempts per second above normal`);
        }
        if (rule.kind === "COUNTER_DRIFT") {
          const d = await dbFigures(p.id);
          const drift = Math.abs(d.cost - c.cost);
          // a payment between the two reads is not drift: it must still be there at the next evaluation
          const seen = `alert:drift:${rule.id}:${p.id}`;
          const drifting = drift > rule.threshold || d.orders !== c.orders;
          const first = drifting && (await redis.set(seen, "1", "EX", 300, "NX")) === "OK";
          if (drifting && !first) await redis.expire(seen, 300);
          if (!drifting) await redis.del(seen);
          const firing = drifting && !first;
          at(p.id, p.name, p.shopId, drift, firing, `实时计数与数据库不一致：订单 ${c.orders} vs ${d.orders}，成本差 ${formatYuan(drift)} · live counters disagree with the database`);
        }
      }
    }
  }
  if (rule.kind === "CLAIM_RATE" || rule.kind === "CLAIM_SPIKE") {
    const campaigns = await db.couponCampaign.findMany({ where: rule.campaignId ? { id: rule.campaignId } : { ...(rule.shopId ? { shopId: rule.shopId } : {}), active: true, claimEndsAt: { gt: now } }, select: { id: true, name: true, shopId: true }, take: 500 });
    const claims = await claimCounts(campaigns.map((c) => c.id), now, rule.kind === "CLAIM_SPIKE");
    for (const c of campaigns) {
      const { n, hour } = claims.get(c.id) ?? { n: 0, hour: 0 };
      if (rule.kind === "CLAIM_RATE") at(c.id, c.name, c.shopId, n, n > rule.threshold, `领券 ${n} 张/分钟，高于 ${rule.threshold} · claims per minute above the limit`);
      else {
        // normal: the hour before the last minute, per minute
        const normal = hour / 60;
        const pct = normal > 0 ? Math.round((n * 100) / normal) : n >= SPIKE_MIN_CLAIMS ? 100_000 : 0;
        at(c.id, c.name, c.shopId, pct, n >= SPIKE_MIN_CLAIMS && pct >= rule.threshold, `领券 ${n} 张/分钟，为平时 ${normal.toFixed(1)} 张/分钟 的 ${(pct / 100).toFixed(1)} 倍 · claims far above normal`);
      }
    }
  }
  return out;
}

/** One evaluation of every active rule; returns the alerts raised (tests call it with their clock). */
export async function evaluateAlerts(now = new Date()) {
  const rules = await db.alertRule.findMany({ where: { active: true } });
  const raised: string[] = [];
  for (const rule of rules) {
    for (const c of await conditionsOf(rule, now)) {
      if (!c.firing) {
        await db.alert.updateMany({ where: { ruleId: rule.id, subject: c.subject, status: { not: "RESOLVED" } }, data: { status: "RESOLVED", resolvedAt: now, resolvedBy: "cleared" } });
        continue;
      }
      const id = await db.$transaction(async (tx) => {
        const rows = await tx.$queryRaw<{ id: string }[]>`
          INSERT INTO "Alert" (id, "ruleId", "shopId", kind, subject, "subjectName", value, threshold, message, "raisedAt")
          VALUES (gen_random_uuid()::text, ${rule.id}, ${c.shopId}, ${rule.kind}::"AlertKind", ${c.subject}, ${c.name}, ${c.value}, ${rule.threshold}, ${c.message}, ${now})
          ON CONFLICT ("ruleId", subject) WHERE status <> 'RESOLVED' DO NOTHING RETURNING id`;
        if (!rows.length) return null;
        await emitEvent(tx, "alert.raised", [c.shopId], { alertId: rows[0].id, kind: rule.kind, subject: c.subject, subjectName: c.name, value: c.value, threshold: rule.threshold, message: c.message }, now);
        return rows[0].id;
      });
      if (!id) continue;
      raised.push(id);
      countAlert(rule.kind);
      await notifyStaff(c.shopId, `[告警 Alert] ${c.name}`, `${c.message}\n${rule.kind} · threshold ${rule.threshold} · value ${c.value}\n/admin/alerts`).catch((e) => console.error("alert email failed (the alert list has it)", e));
    }
  }
  return raised;
}
