import { randomBytes } from "node:crypto";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/api/errors";
import { isUniqueViolation } from "@/lib/jobs/job-once";
import { siteUrl } from "@/lib/seo/page-metadata";
import { inviteProgram } from "./invite-program";

/** The shopper's share code (made once, unique); the link is /invite/<code>. */
export async function inviteCodeOf(shopperId: string): Promise<string> {
  const s = await db.shopper.findUniqueOrThrow({ where: { id: shopperId }, select: { inviteCode: true } });
  if (s.inviteCode) return s.inviteCode;
  for (;;) {
    const code = randomBytes(6).toString("base64url");
    try {
      await db.shopper.updateMany({ where: { id: shopperId, inviteCode: null }, data: { inviteCode: code } });
      return (await db.shopper.findUniqueOrThrow({ where: { id: shopperId }, select: { inviteCode: true } })).inviteCode!;
    } catch (e) {
      if (!isUniqueViolation(e)) throw e;
    }
  }
}

export const inviteLink = (code: string) => `${siteUrl()}/invite/${code}`;

export async function inviterByCode(code: string) {
  if (!/^[\w-]{4,20}$/.test(code)) return null;
  return db.shopper.findUnique({ where: { inviteCode: code }, select: { id: true, name: true } });
}

/**
 * The invitee accepts an invitation. Refused: no programme, an unknown code, oneself, a shopper
 * who already has a paid order (an invitation is for new customers), or one already invited
 * (one inviter per invitee: the primary key, so two clicks or two inviters make one row).
 */
export async function acceptInvitation(inviteeId: string, code: string) {
  const program = await inviteProgram();
  if (!program.active) throw new AppError("INVALID_STATE", "There is no invite programme at the moment");
  const inviter = await inviterByCode(code);
  if (!inviter) throw new AppError("VALIDATION_FAILED", "No such invitation", { code: "no such invitation" });
  if (inviter.id === inviteeId) throw new AppError("VALIDATION_FAILED", "You cannot invite yourself", { code: "is your own invitation" });
  const paid = await db.order.count({ where: { shopperId: inviteeId, paidAt: { not: null }, status: { not: "CANCELLED" } } });
  if (paid > 0) throw new AppError("INVALID_STATE", "Invitations are for new customers: you have ordered before");
  try {
    await db.invitation.create({ data: { inviteeId, inviterId: inviter.id } });
  } catch (e) {
    if (!isUniqueViolation(e)) throw e;
    const prior = await db.invitation.findUniqueOrThrow({ where: { inviteeId } });
    if (prior.inviterId !== inviter.id) throw new AppError("INVALID_STATE", "You have already accepted another invitation");
  }
  return { inviterName: inviter.name, accepted: true };
}

/** The inviter's page: the link, the invitations (invitee names masked) and the rewards. */
export async function myInvitations(shopperId: string) {
  const [code, program, rows] = await Promise.all([inviteCodeOf(shopperId), inviteProgram(), db.invitation.findMany({ where: { inviterId: shopperId }, orderBy: { createdAt: "desc" }, take: 100 })]);
  const names = new Map((await db.shopper.findMany({ where: { id: { in: rows.map((r) => r.inviteeId) } }, select: { id: true, name: true } })).map((s) => [s.id, s.name]));
  const mask = (n: string) => (n.length <= 1 ? "*" : `${n[0]}${"*".repeat(Math.min(3, n.length - 1))}`);
  return {
    code,
    link: inviteLink(code),
    program: { active: program.active, points: program.points, couponTemplateId: program.couponTemplateId, capPerInviter: program.capPerInviter, holdDays: program.holdDays },
    rewarded: rows.filter((r) => r.status === "REWARDED").length,
    items: rows.map((r) => ({ invitee: mask(names.get(r.inviteeId) ?? ""), status: r.status, createdAt: r.createdAt.toISOString(), releaseAt: r.releaseAt?.toISOString() ?? null, points: r.points, coupon: r.couponId !== null })),
  };
}
