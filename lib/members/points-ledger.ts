import type { Tx } from "@/lib/db/client";
import type { PointsReason } from "@/lib/generated/prisma/client";
import { riseToLevel } from "./member-levels";

export type LedgerEntry = { shopperId: string; amount: number; reason: PointsReason; sourceId: string; shopId?: string | null; note?: string; expiresAt?: Date | null };

/**
 * Adds a points row and moves the maintained balance in the same transaction. One row per
 * (shopper, reason, source): a retried payment or approval adds nothing the second time.
 * Returns whether the row was new. The balance may go below zero (a refund after spending);
 * spending checks it.
 */
export async function addPoints(tx: Tx, e: LedgerEntry): Promise<boolean> {
  if (e.amount === 0) return false;
  const made = await tx.pointsEntry.createMany({
    data: [{ shopperId: e.shopperId, amount: e.amount, reason: e.reason, sourceId: e.sourceId, shopId: e.shopId ?? null, note: e.note, expiresAt: e.expiresAt ?? null }],
    skipDuplicates: true,
  });
  if (made.count) await tx.shopper.update({ where: { id: e.shopperId }, data: { points: { increment: e.amount } } });
  return made.count > 0;
}

/** The same for growth (成长值), which levels are reached by: rising growth lifts the shopper's level (member-levels.ts). */
export async function addGrowth(tx: Tx, e: Omit<LedgerEntry, "shopId" | "note" | "expiresAt">): Promise<boolean> {
  if (e.amount === 0) return false;
  const made = await tx.growthEntry.createMany({ data: [{ shopperId: e.shopperId, amount: e.amount, reason: e.reason, sourceId: e.sourceId }], skipDuplicates: true });
  if (made.count) {
    await tx.shopper.update({ where: { id: e.shopperId }, data: { growth: { increment: e.amount } } });
    if (e.amount > 0) await riseToLevel(tx, e.shopperId);
  }
  return made.count > 0;
}

/** What an order earned (points and growth), from the ledger. */
export async function earnedByOrder(tx: Tx, shopperId: string, orderId: string) {
  const [p, g] = await Promise.all([
    tx.pointsEntry.findUnique({ where: { shopperId_reason_sourceId: { shopperId, reason: "ORDER", sourceId: orderId } }, select: { amount: true } }),
    tx.growthEntry.findUnique({ where: { shopperId_reason_sourceId: { shopperId, reason: "ORDER", sourceId: orderId } }, select: { amount: true } }),
  ]);
  return { points: p?.amount ?? 0, growth: g?.amount ?? 0 };
}
