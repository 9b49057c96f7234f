import { z } from "zod";
import { db } from "@/lib/db/client";
import { pgPool } from "@/lib/db/pg-pool";
import type { StaffActor } from "@/lib/auth/actor";
import { forbidden } from "@/lib/api/errors";
import { recordAudit } from "@/lib/audit/record-audit";
import { addPoints } from "@/lib/members/points-ledger";
import { dayIn, PLATFORM_TIME_ZONE } from "@/lib/time/zone";

// The points ledger seen from outside (SPEC §10): the shopper's history, staff adjustments, the
// expiry sweep and the reconciliation of the maintained balance with the ledger's sum.

export async function pointsHistory(shopperId: string, opts: { cursor?: string; take?: number } = {}) {
  const take = Math.min(opts.take ?? 50, 200);
  const [shopper, rows] = await Promise.all([
    db.shopper.findUniqueOrThrow({ where: { id: shopperId }, select: { points: true } }),
    db.pointsEntry.findMany({ where: { shopperId }, orderBy: [{ createdAt: "desc" }, { id: "desc" }], take: take + 1, ...(opts.cursor ? { cursor: { id: opts.cursor }, skip: 1 } : {}) }),
  ]);
  const page = rows.slice(0, take);
  return {
    balance: shopper.points,
    items: page.map((e) => ({ id: e.id, amount: e.amount, reason: e.reason, sourceId: e.sourceId, note: e.note, expiresAt: e.expiresAt?.toISOString() ?? null, createdAt: e.createdAt.toISOString() })),
    nextCursor: rows.length > take ? page[page.length - 1].id : null,
  };
}

export const adjustPointsBodySchema = z.object({
  amount: z.number({ error: "must be a whole number" }).int("must be a whole number").min(-1_000_000, "at least -1,000,000").max(1_000_000, "at most 1,000,000").refine((n) => n !== 0, "must not be 0"),
  note: z.string().trim().min(1, "say why (it is shown to the shopper and kept in the audit)").max(200, "at most 200 characters"),
  /** one click = one adjustment */
  idempotencyKey: z.string().trim().min(8, "at least 8 characters").max(100),
});

/** A staff adjustment (platform ADMIN / OPERATOR): a ledger row with the note, audited; the same key twice is one row. */
export async function adjustPoints(actor: StaffActor, shopperId: string, body: z.infer<typeof adjustPointsBodySchema>) {
  if (actor.shopId) throw forbidden("Points are the platform's: shop staff cannot adjust them");
  return db.$transaction(async (tx) => {
    await tx.$queryRaw`SELECT id FROM "Shopper" WHERE id = ${shopperId} FOR UPDATE`;
    const made = await addPoints(tx, { shopperId, amount: body.amount, reason: "ADJUSTMENT", sourceId: `${actor.id}:${body.idempotencyKey}`, note: body.note });
    if (made) await recordAudit(tx, actor, { action: "points.adjust", entity: "shopper", entityId: shopperId, shopId: null, after: { amount: body.amount, note: body.note } });
    const s = await tx.shopper.findUniqueOrThrow({ where: { id: shopperId }, select: { points: true } });
    return { balance: s.points, replayed: !made };
  });
}

/**
 * Expiry (the clock, daily): points are spent oldest first, so what a shopper holds beyond the
 * earnings still valid has expired — that excess leaves in one EXPIRY row per shopper per day
 * (unique, so a rerun adds nothing). Set-based: one statement finds who has anything to expire.
 */
export async function expirePoints(now = new Date()) {
  const day = dayIn(now, PLATFORM_TIME_ZONE);
  // one statement: who holds more than their valid earnings, their EXPIRY rows (unique per day,
  // so a rerun adds none) and the balances those rows move
  const { rowCount } = await pgPool().query(
    `WITH due AS (
       SELECT e."shopperId", (sum(e.amount) - sum(CASE WHEN e.amount > 0 AND (e."expiresAt" IS NULL OR e."expiresAt" > $1) THEN e.amount ELSE 0 END))::int AS excess
       FROM "PointsEntry" e
       WHERE e."shopperId" IN (SELECT DISTINCT "shopperId" FROM "PointsEntry" WHERE amount > 0 AND "expiresAt" <= $1 AND "expiresAt" > $1::timestamp - interval '2 years')
       GROUP BY 1 HAVING sum(e.amount) > sum(CASE WHEN e.amount > 0 AND (e."expiresAt" IS NULL OR e."expiresAt" > $1) THEN e.amount ELSE 0 END)),
     ins AS (
       INSERT INTO "PointsEntry" (id, "shopperId", amount, reason, "sourceId", note, "createdAt")
       SELECT gen_random_uuid()::text, d."shopperId", -d.excess, 'EXPIRY', $2, '积分到期 Points expired', $1 FROM due d
       ON CONFLICT ("shopperId", reason, "sourceId") DO NOTHING RETURNING "shopperId", amount)
     UPDATE "Shopper" s SET points = s.points + ins.amount FROM ins WHERE s.id = ins."shopperId"`,
    [now, `expiry:${day}`],
  );
  return rowCount ?? 0;
}

/** Shoppers whose maintained balance differs from their ledger's sum (should be none). */
export async function reconcilePoints() {
  const { rows } = await pgPool().query<{ id: string; balance: number; ledger: number }>(
    `SELECT s.id, s.points AS balance, coalesce(l.sum, 0)::int AS ledger FROM "Shopper" s
     LEFT JOIN (SELECT "shopperId", sum(amount) AS sum FROM "PointsEntry" GROUP BY 1) l ON l."shopperId" = s.id
     WHERE s.points <> coalesce(l.sum, 0) LIMIT 100`,
  );
  const checked = await db.shopper.count();
  return { checked, mismatches: rows };
}
