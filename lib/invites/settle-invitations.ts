import { db } from "@/lib/db/client";
import { pgPool } from "@/lib/db/pg-pool";
import { issueCoupons } from "@/lib/coupons/issue-coupon";
import { addPoints } from "@/lib/members/points-ledger";
import { inviteProgram } from "./invite-program";

/** a full refund sets the order REFUNDED (a ¥0 order's refundedAmount ≥ total would read as refunded at once) */
const FULLY_REFUNDED = `o.status = 'REFUNDED'`;

/**
 * The invite rewards' clock (SPEC §9), idempotent and restartable:
 * 1. PENDING → HELD when the invitee's first order is paid: the reward waits `holdDays` (the
 *    refund window);
 * 2. HELD → REVOKED when that order is fully refunded first;
 * 3. HELD → REWARDED when the hold has passed: a coupon (request key invite:<invitee>, unique) and/or
 *    points (ledger row INVITE/<invitee>, unique) — or CAPPED when the inviter has had the cap;
 * 4. REWARDED → REVOKED when the order is fully refunded later: points reversed (a ledger row of
 *    their own), an unused coupon expired; a coupon already used is noted, not clawed back.
 */
export async function settleInvitations(now = new Date()) {
  const program = await inviteProgram();
  const pool = pgPool();
  await pool.query(
    `UPDATE "Invitation" i SET status = 'HELD', "orderId" = f.id, "releaseAt" = f."paidAt" + make_interval(days => $1)
     FROM (SELECT DISTINCT ON (o."shopperId") o."shopperId", o.id, o."paidAt" FROM "Order" o
           WHERE o."paidAt" IS NOT NULL AND o.status <> 'CANCELLED' AND o."shopperId" IN (SELECT "inviteeId" FROM "Invitation" WHERE status = 'PENDING')
           ORDER BY o."shopperId", o."paidAt", o.id) f
     WHERE i."inviteeId" = f."shopperId" AND i.status = 'PENDING'`,
    [program.holdDays],
  );
  await pool.query(`UPDATE "Invitation" i SET status = 'REVOKED', note = 'order refunded in the hold' FROM "Order" o WHERE o.id = i."orderId" AND i.status = 'HELD' AND ${FULLY_REFUNDED}`);

  const due = await db.invitation.findMany({ where: { status: "HELD", releaseAt: { lte: now } }, orderBy: { releaseAt: "asc" }, take: 200 });
  for (const inv of due) await reward(inv.inviteeId, program, now);

  const clawback = await pool.query<{ inviteeId: string }>(`SELECT i."inviteeId" FROM "Invitation" i JOIN "Order" o ON o.id = i."orderId" WHERE i.status = 'REWARDED' AND ${FULLY_REFUNDED} LIMIT 200`);
  for (const r of clawback.rows) await takeBack(r.inviteeId, now);
}

async function reward(inviteeId: string, program: Awaited<ReturnType<typeof inviteProgram>>, now: Date) {
  await db.$transaction(async (tx) => {
    // the invitation row locked: one settlement at a time, whichever instance runs the clock
    const [inv] = await tx.$queryRaw<{ inviterId: string; status: string }[]>`SELECT "inviterId", status FROM "Invitation" WHERE "inviteeId" = ${inviteeId} FOR UPDATE`;
    if (!inv || inv.status !== "HELD") return;
    // the inviter's rewards counted under their row's lock: two invitees settling at once never pass the cap together
    await tx.$queryRaw`SELECT id FROM "Shopper" WHERE id = ${inv.inviterId} FOR UPDATE`;
    const had = await tx.invitation.count({ where: { inviterId: inv.inviterId, status: "REWARDED" } });
    if (had >= program.capPerInviter) {
      await tx.invitation.update({ where: { inviteeId }, data: { status: "CAPPED", note: `the inviter had ${had} rewards (cap ${program.capPerInviter})` } });
      return;
    }
    let couponId: string | null = null;
    const template = program.couponTemplateId ? await tx.couponTemplate.findUnique({ where: { id: program.couponTemplateId } }) : null;
    if (template?.active) {
      couponId = (await issueCoupons(tx, template, [inv.inviterId], now, { requestKey: () => `invite:${inviteeId}` }).catch(() => [null]))[0];
    }
    if (program.points > 0) await addPoints(tx, { shopperId: inv.inviterId, amount: program.points, reason: "INVITE", sourceId: inviteeId, note: "邀请有礼" });
    await tx.invitation.update({ where: { inviteeId }, data: { status: "REWARDED", rewardedAt: now, couponId, points: program.points, note: template && !couponId ? "no coupons left" : null } });
  });
}

async function takeBack(inviteeId: string, now: Date) {
  await db.$transaction(async (tx) => {
    const [inv] = await tx.$queryRaw<{ inviterId: string; status: string; couponId: string | null; points: number }[]>`SELECT "inviterId", status, "couponId", points FROM "Invitation" WHERE "inviteeId" = ${inviteeId} FOR UPDATE`;
    if (!inv || inv.status !== "REWARDED") return;
    if (inv.points > 0) await addPoints(tx, { shopperId: inv.inviterId, amount: -inv.points, reason: "INVITE", sourceId: `revoke:${inviteeId}`, note: "邀请订单已全额退款" });
    let note = "order fully refunded: reward taken back";
    if (inv.couponId) {
      const n = await tx.userCoupon.updateMany({ where: { id: inv.couponId, state: "UNUSED" }, data: { state: "EXPIRED", validTo: now } });
      if (n.count === 0) note = "order fully refunded: points taken back; the coupon was already used";
    }
    await tx.invitation.update({ where: { inviteeId }, data: { status: "REVOKED", note } });
  });
}
