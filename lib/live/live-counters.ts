import { pgPool } from "@/lib/db/pg-pool";
import { redis } from "@/lib/redis/client";
import { countFlashAttempt } from "@/lib/ops/metrics";
import { processState } from "@/lib/process-state";

// The live monitor's counters (issue 18 #1), kept in Redis as things happen — never by re-running
// a report. Per promotion:
//   live:p:{id}          hash: orders, gmvGross, gmv (net of refunds), cost (its ledger on paid orders)
//   live:p:{id}:ord      hash: orderId → "gross,net,cost" as last counted (a refund moves the totals by the difference)
//   live:p:{id}:who      HyperLogLog of shoppers who placed an order with it (participants)
//   live:p:{id}:pay      HyperLogLog of shoppers who paid one (paying users)
//   live:p:{id}:att:{s}  flash attempts in second s (kept 3 minutes); live:p:{id}:out hash of outcomes
// The money is counted as the report counts it (lib/analytics/promotion-report.ts: a shop's
// promotion counts its shop's part of each order, "OrderShopAmount"), so both agree afterwards.

const TTL = 90 * 86_400;
const key = (id: string, part = "") => `live:p:${id}${part}`;

const MONEY = `
local prev = redis.call('HGET', KEYS[2], ARGV[1])
local pg, pn, pc = 0, 0, 0
if prev then
  local a, b, c = string.match(prev, '(-?%d+),(-?%d+),(-?%d+)')
  pg, pn, pc = tonumber(a), tonumber(b), tonumber(c)
else
  redis.call('HINCRBY', KEYS[1], 'orders', 1)
end
redis.call('HSET', KEYS[2], ARGV[1], ARGV[2] .. ',' .. ARGV[3] .. ',' .. ARGV[4])
redis.call('HINCRBY', KEYS[1], 'gmvGross', tonumber(ARGV[2]) - pg)
redis.call('HINCRBY', KEYS[1], 'gmv', tonumber(ARGV[3]) - pn)
redis.call('HINCRBY', KEYS[1], 'cost', tonumber(ARGV[4]) - pc)
redis.call('PFADD', KEYS[3], ARGV[5])
for i = 1, 3 do redis.call('EXPIRE', KEYS[i], ARGV[6]) end
return 1`;

/** Orders just written: their shoppers join each applied promotion's participants. */
export async function noteOrdersPlaced(orders: { shopperId: string; promotionIds: string[] }[]) {
  const m = redis.multi();
  let n = 0;
  for (const o of orders)
    for (const id of o.promotionIds) {
      m.pfadd(key(id, ":who"), o.shopperId).expire(key(id, ":who"), TTL);
      n++;
    }
  if (n) await m.exec();
}

const ORDER_PARTS = `SELECT pp."promotionId", o.id AS "orderId", o."shopperId",
            (SELECT coalesce(sum(a.gross), 0) FROM "OrderShopAmount" a WHERE a."orderId" = o.id AND (p."shopId" IS NULL OR a."shopId" = p."shopId"))::bigint AS gross,
            (SELECT coalesce(sum(a.gross - a.refunded), 0) FROM "OrderShopAmount" a WHERE a."orderId" = o.id AND (p."shopId" IS NULL OR a."shopId" = p."shopId"))::bigint AS net,
            (SELECT coalesce(sum(d.amount), 0) FROM "OrderDiscount" d WHERE d."orderId" = o.id AND d."promotionId" = pp."promotionId" AND (p."shopId" IS NULL OR d."shopId" = p."shopId"))::bigint AS cost
       FROM "PromotionParticipation" pp JOIN "Order" o ON o.id = pp."orderId" JOIN "Promotion" p ON p.id = pp."promotionId"
      WHERE o."paidAt" IS NOT NULL AND o.status IN ('PAID', 'COMPLETED', 'REFUNDED')`;
type Part = { promotionId: string; orderId: string; shopperId: string; gross: string; net: string; cost: string };
const countPart = (r: Part) => redis.eval(MONEY, 3, key(r.promotionId), key(r.promotionId, ":ord"), key(r.promotionId, ":pay"), r.orderId, r.gross, r.net, r.cost, r.shopperId, TTL);

/**
 * An order was paid or refunded: its part in each of its promotions, as it stands now (one query),
 * replaces what was counted of it before (one atomic script per promotion).
 */
export async function noteOrderMoney(orderId: string) {
  const { rows } = await pgPool().query<Part>(`${ORDER_PARTS} AND o.id = $1`, [orderId]);
  for (const r of rows) await countPart(r);
}

/**
 * Counters of a promotion that has orders from before they were kept (a new deployment, a lost
 * Redis): filled once from its orders by the same per-order script — which replaces an order's part
 * instead of adding it twice, so events arriving meanwhile are not counted double.
 */
export async function seedLiveCounters(promotionId: string) {
  if ((await redis.set(key(promotionId, ":seeded"), "1", "EX", TTL, "NX")) !== "OK") return false;
  const { rows } = await pgPool().query<Part>(`${ORDER_PARTS} AND pp."promotionId" = $1`, [promotionId]);
  for (const r of rows) await countPart(r);
  const who = await pgPool().query<{ shopperId: string }>(`SELECT DISTINCT o."shopperId" FROM "PromotionParticipation" pp JOIN "Order" o ON o.id = pp."orderId" WHERE pp."promotionId" = $1 AND o.status <> 'CANCELLED'`, [promotionId]);
  if (who.rows.length) await redis.pfadd(key(promotionId, ":who"), ...who.rows.map((r) => r.shopperId));
  return true;
}

// Flash attempts come thousands a second: each process adds them up in memory and writes the sums
// to Redis every 250 ms in one pipeline (the live page reads per-second sums; a process that dies
// loses at most its last 250 ms of attempt counts — the orders are counted elsewhere, exactly).
const pending = processState("live-attempts", () => ({ att: new Map<string, number>(), out: new Map<string, number>(), timer: null as NodeJS.Timeout | null }));

/** Writes the attempt counts added up since the last flush (tests call it to not wait). */
export async function flushFlashAttempts() {
  const { att, out } = pending;
  if (!att.size && !out.size) return;
  const m = redis.pipeline();
  for (const [k, n] of att) m.incrby(k, n).expire(k, 180);
  for (const [k, n] of out) {
    const [hash, outcome] = k.split("\n");
    m.hincrby(hash, outcome, n).expire(hash, TTL);
  }
  att.clear();
  out.clear();
  await m.exec();
}

/** A flash attempt's outcome: the Prometheus counter, and the promotion's attempts this second. */
export function recordFlashAttempt(promotionId: string, outcome: string, now = Date.now()) {
  countFlashAttempt(outcome);
  const a = key(promotionId, `:att:${Math.floor(now / 1000)}`);
  pending.att.set(a, (pending.att.get(a) ?? 0) + 1);
  const o = `${key(promotionId, ":out")}\n${outcome}`;
  pending.out.set(o, (pending.out.get(o) ?? 0) + 1);
  if (!pending.timer) {
    pending.timer = setTimeout(() => {
      pending.timer = null;
      flushFlashAttempts().catch(() => undefined);
    }, 250);
    pending.timer.unref();
  }
}

export type LiveCounters = { orders: number; gmvGross: number; gmv: number; cost: number; participants: number; payingUsers: number; attemptsPerSecond: number[]; outcomes: Record<string, number> };

/** One promotion's counters; attempts per second for the last `seconds` (oldest first). */
export async function readCounters(promotionId: string, now = Date.now(), seconds = 60): Promise<LiveCounters> {
  const sec = Math.floor(now / 1000);
  const attKeys = Array.from({ length: seconds }, (_, i) => key(promotionId, `:att:${sec - seconds + 1 + i}`));
  const res = await redis.multi().hgetall(key(promotionId)).pfcount(key(promotionId, ":who")).pfcount(key(promotionId, ":pay")).mget(...attKeys).hgetall(key(promotionId, ":out")).exec();
  const v = (i: number) => res?.[i]?.[1];
  const h = (v(0) ?? {}) as Record<string, string>;
  return {
    orders: Number(h.orders ?? 0),
    gmvGross: Number(h.gmvGross ?? 0),
    gmv: Number(h.gmv ?? 0),
    cost: Number(h.cost ?? 0),
    participants: Number(v(1) ?? 0),
    payingUsers: Number(v(2) ?? 0),
    attemptsPerSecond: ((v(3) ?? []) as (string | null)[]).map((x) => Number(x ?? 0)),
    outcomes: Object.fromEntries(Object.entries((v(4) ?? {}) as Record<string, string>).map(([k, n]) => [k, Number(n)])),
  };
}
