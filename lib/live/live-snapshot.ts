import { db } from "@/lib/db/client";
import type { StaffActor } from "@/lib/auth/actor";
import { forbidden, notFound } from "@/lib/api/errors";
import { assertCanRead } from "@/lib/auth/guards";
import { limitsSchema } from "@/lib/pricing/promotion-config";
import { readCounters, seedLiveCounters, type LiveCounters } from "./live-counters";

export type LiveSnapshot = LiveCounters & {
  promotion: { id: string; name: string; type: string; status: string; shopId: string | null; startsAt: string; endsAt: string };
  at: string;
  /** budget burn: cents used of the limit (null: no budget) */
  budget: { used: number; limit: number | null; burnBp: number | null };
  /** units left of the activity's stock (flash/presale items, or limits.totalStock); null: no stock limit */
  stock: { left: number; total: number } | null;
  /** paying ÷ participants, basis points */
  conversionBp: number | null;
};

/** A promotion's live figures: the Redis counters plus its own row (budget used, stock) — no report query. */
export async function liveSnapshot(actor: StaffActor, promotionId: string, now = new Date()): Promise<LiveSnapshot> {
  const p = await db.promotion.findUnique({ where: { id: promotionId }, include: { skus: { where: { stock: { not: null } }, select: { stock: true, sold: true, pending: true } } } });
  if (!p) throw notFound("promotion");
  assertCanRead(actor, p.shopId, "promotion");
  if (actor.shopId && p.shopId === null) throw forbidden("Live figures of platform promotions are for platform staff");
  await seedLiveCounters(p.id);
  return snapshotOf(p, await readCounters(p.id, now.getTime()), now);
}

type Row = { id: string; name: string; type: string; status: string; shopId: string | null; startsAt: Date; endsAt: Date; limits: unknown; budgetUsed: number; stockUsed: number; skus: { stock: number | null; sold: number; pending: number }[] };

function snapshotOf(p: Row, c: LiveCounters, now: Date): LiveSnapshot {
  const limits = limitsSchema.parse(p.limits);
  const itemStock = p.skus.reduce((a, s) => a + (s.stock ?? 0), 0);
  const itemLeft = p.skus.reduce((a, s) => a + Math.max(0, (s.stock ?? 0) - s.sold - s.pending), 0);
  const stock = p.skus.length ? { left: itemLeft, total: itemStock } : limits.totalStock !== undefined ? { left: Math.max(0, limits.totalStock - p.stockUsed), total: limits.totalStock } : null;
  return {
    ...c,
    promotion: { id: p.id, name: p.name, type: p.type, status: p.status, shopId: p.shopId, startsAt: p.startsAt.toISOString(), endsAt: p.endsAt.toISOString() },
    at: now.toISOString(),
    budget: { used: p.budgetUsed, limit: limits.budget ?? null, burnBp: limits.budget ? Math.round((p.budgetUsed * 10000) / limits.budget) : null },
    stock,
    conversionBp: c.participants > 0 ? Math.round((c.payingUsers * 10000) / c.participants) : null,
  };
}

/** The war room: every live promotion the actor may see, with its counters, and their sums. */
export async function warRoom(actor: StaffActor, now = new Date()) {
  const rows = await db.promotion.findMany({
    where: { status: "ACTIVE", ...(actor.shopId ? { shopId: actor.shopId } : {}) },
    include: { skus: { where: { stock: { not: null } }, select: { stock: true, sold: true, pending: true } } },
    orderBy: [{ endsAt: "asc" }],
    take: 100,
  });
  const items = await Promise.all(rows.map(async (p) => (await seedLiveCounters(p.id), snapshotOf(p, await readCounters(p.id, now.getTime(), 10), now))));
  const sum = (f: (s: LiveSnapshot) => number) => items.reduce((a, s) => a + f(s), 0);
  return { at: now.toISOString(), totals: { promotions: items.length, orders: sum((s) => s.orders), gmv: sum((s) => s.gmv), cost: sum((s) => s.cost), attemptsLast10s: sum((s) => s.attemptsPerSecond.reduce((a, b) => a + b, 0)) }, items };
}
