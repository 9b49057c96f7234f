import { db } from "@/lib/db/client";
import { processState } from "@/lib/process-state";
import { flashSaleRulesSchema } from "@/lib/pricing/promotion-rules";
import { flashRedis, flashScripts, type FlashRedis } from "./flash-redis";
import { lastReload } from "./flash-recovery";
import { drainWins, queuedUnits, queuedWins } from "./flash-wins";

const LIVE = new Set(["APPROVED", "SCHEDULED", "ACTIVE"]);
export const flashIdemKey = (promotionId: string, key: string) => `flash:${promotionId}:${key}`;

/**
 * A flash sale's counters as the database knows them: per item, units left = stock − sold −
 * pending (withdrawn items: 0); per shopper and SKU, units in orders not cancelled; the orders
 * of wins by idempotency key. This is what Redis is loaded (and after a loss rebuilt) from.
 */
export async function dbCounters(promotionId: string, now = new Date()) {
  const p = await db.promotion.findUnique({ where: { id: promotionId }, include: { skus: true } });
  if (!p || p.type !== "FLASH_SALE") return null;
  const rules = flashSaleRulesSchema.parse(p.rules);
  const items = rules.items.map((it) => {
    const link = p.skus.find((s) => s.skuId === it.skuId);
    const stock = link?.stock ?? it.stock;
    const left = link?.withdrawnAt ? 0 : Math.max(0, stock - (link?.sold ?? 0) - (link?.pending ?? 0));
    return { skuId: it.skuId, stock, sold: link?.sold ?? 0, pending: link?.pending ?? 0, left, perUserLimit: it.perUserLimit };
  });
  const users = await db.$queryRaw<{ shopperId: string; skuId: string; units: number }[]>`
    SELECT o."shopperId", l."skuId", sum(l.quantity)::int AS units FROM "OrderLine" l JOIN "Order" o ON o.id = l."orderId"
    WHERE l."itemOfferPromotionId" = ${promotionId} AND o.status <> 'CANCELLED' GROUP BY o."shopperId", l."skuId"`;
  const prefix = flashIdemKey(promotionId, "");
  const wins = await db.order.findMany({ where: { source: "FLASH_SALE", idempotencyKey: { startsWith: prefix }, status: { not: "CANCELLED" } }, select: { id: true, shopperId: true, idempotencyKey: true } });
  const live = LIVE.has(p.status);
  return {
    promotion: p,
    start: p.startsAt.getTime(),
    // an ended, terminated or withdrawn-from-review sale answers ENDED
    end: live ? p.endsAt.getTime() : Math.min(p.endsAt.getTime(), now.getTime()),
    items,
    users,
    wins: wins.map((w) => ({ field: `${w.shopperId}:${w.idempotencyKey.slice(prefix.length)}`, value: `WON:${w.id}` })),
  };
}

const loading = processState("flash-loading", () => new Map<string, Promise<boolean>>());

/**
 * Loads a flash sale's counters into Redis unless they are there already (atomic in Redis); the
 * attempts of one process that find them missing at the same moment share one load.
 */
export function ensureLoaded(promotionId: string, r: FlashRedis = flashRedis, now = new Date()): Promise<boolean> {
  const key = `${promotionId}`;
  let p = loading.get(key);
  if (!p) {
    p = load(promotionId, r, now).finally(() => loading.delete(key));
    loading.set(key, p);
  }
  return p;
}

async function load(promotionId: string, r: FlashRedis, now: Date) {
  const c = await dbCounters(promotionId, now);
  if (!c) return false;
  // wins still queued are taken in Redis but not yet in the database: they stay taken, with their
  // records (read after the database, so a win written in between is counted twice — fewer units
  // offered for a moment, never more; the next load or rebuild converges)
  const queued = await queuedWins(promotionId, r).catch(() => []);
  const ttl = Math.max(60_000, c.end + 86_400_000 - now.getTime());
  const args: (string | number)[] = [c.start, c.end, ttl, c.items.length];
  for (const it of c.items) args.push(it.skuId, Math.max(0, it.left - queued.filter((q) => q.skuId === it.skuId).reduce((a, q) => a + q.quantity, 0)), it.perUserLimit);
  const users = new Map(c.users.map((u) => [`${u.shopperId}:${u.skuId}`, u.units]));
  for (const q of queued) users.set(`${q.shopperId}:${q.skuId}`, (users.get(`${q.shopperId}:${q.skuId}`) ?? 0) + q.quantity);
  for (const [field, units] of users) args.push(field, units);
  args.push("|");
  for (const w of c.wins) args.push(w.field, w.value);
  for (const q of queued) if (!c.wins.some((w) => w.field === q.field)) args.push(q.field, "WON:pending-queued");
  await flashScripts(r, promotionId).load(args);
  return true;
}

/** Drops and reloads the counters from the database (admin reconciliation, after a Redis loss). */
export async function rebuildCounters(promotionId: string, r: FlashRedis = flashRedis) {
  // queued wins first become orders, so the database counts them
  await drainWins(promotionId, r);
  await flashScripts(r, promotionId).drop();
  return ensureLoaded(promotionId, r);
}

/** Redis next to the database, per item: what the monitor shows. */
export async function compareCounters(promotionId: string, r: FlashRedis = flashRedis) {
  const [c, live, queued] = await Promise.all([dbCounters(promotionId), flashScripts(r, promotionId).read(), queuedUnits(promotionId, r)]);
  if (!c) return null;
  return {
    loaded: live.loaded,
    // wins still queued for their orders are taken in Redis but not yet in the database
    items: c.items.map((it) => ({ ...it, queued: queued[it.skuId] ?? 0, redisLeft: live.loaded ? (live.stock[it.skuId] ?? 0) : null, agrees: live.loaded ? (live.stock[it.skuId] ?? 0) + (queued[it.skuId] ?? 0) === it.left : null })),
    buyersInRedis: live.buyers,
    buyersInDb: new Set(c.users.map((u) => u.shopperId)).size,
  };
}

/** The monitor page: the flash sales of a scope (newest first), each with its counters compared, SKU codes by id. */
export async function flashMonitor(scope: { shopId?: string }) {
  const sales = await db.promotion.findMany({ where: { ...scope, type: "FLASH_SALE", status: { in: ["APPROVED", "SCHEDULED", "ACTIVE", "ENDED", "TERMINATED"] } }, orderBy: { startsAt: "desc" }, take: 30 });
  const rows = await Promise.all(sales.map(async (s) => ({ sale: s, cmp: await compareCounters(s.id).catch(() => null), recovered: await lastReload(s.id) })));
  const skus = await db.sku.findMany({ where: { id: { in: rows.flatMap((r) => r.cmp?.items.map((i) => i.skuId) ?? []) } }, select: { id: true, code: true } });
  return { rows, skuCodes: Object.fromEntries(skus.map((s) => [s.id, s.code])) as Record<string, string> };
}
