import { z } from "zod";
import { db } from "@/lib/db/client";
import type { StaffActor } from "@/lib/auth/actor";
import { forbidden, invalidField } from "@/lib/api/errors";
import { recordAudit } from "@/lib/audit/record-audit";

/** 邀请有礼 settings: platform-wide (shoppers belong to the platform), set by platform ADMINs. */
export const inviteProgramBodySchema = z.object({
  active: z.boolean(),
  couponTemplateId: z.string().trim().min(1).max(100).nullable().optional(),
  points: z.number({ error: "must be a whole number" }).int("must be a whole number").min(0, "must be 0 or more").max(1_000_000, "at most 1,000,000"),
  capPerInviter: z.number({ error: "must be a whole number" }).int("must be a whole number").min(1, "at least 1").max(10_000, "at most 10,000"),
  holdDays: z.number({ error: "must be a whole number" }).int("must be a whole number").min(0, "must be 0 or more").max(90, "at most 90"),
});
export type InviteProgramBody = z.infer<typeof inviteProgramBodySchema>;

export async function inviteProgram() {
  return (await db.inviteProgram.findUnique({ where: { id: "platform" } })) ?? { id: "platform", active: false, couponTemplateId: null, points: 0, capPerInviter: 20, holdDays: 7, updatedAt: new Date(0) };
}

export async function saveInviteProgram(actor: StaffActor, body: InviteProgramBody) {
  if (actor.shopId) throw forbidden("The invite programme is the platform's");
  if (body.active && !body.couponTemplateId && body.points === 0) throw invalidField("points", "an active programme rewards a coupon or points");
  if (body.couponTemplateId) {
    const t = await db.couponTemplate.findUnique({ where: { id: body.couponTemplateId }, select: { shopId: true, active: true } });
    if (!t || t.shopId !== null) throw invalidField("couponTemplateId", "no such platform coupon template");
  }
  return db.$transaction(async (tx) => {
    const before = await tx.inviteProgram.findUnique({ where: { id: "platform" } });
    const data = { active: body.active, couponTemplateId: body.couponTemplateId ?? null, points: body.points, capPerInviter: body.capPerInviter, holdDays: body.holdDays };
    const after = await tx.inviteProgram.upsert({ where: { id: "platform" }, create: { id: "platform", ...data }, update: data });
    await recordAudit(tx, actor, { action: "invite-program.update", entity: "invite-program", entityId: "platform", shopId: null, before, after });
    return after;
  });
}

/** Every invitation, newest first (platform staff): who invited whom, its state and reward. */
export async function listInvitations(actor: StaffActor, opts: { cursor?: string; take?: number } = {}) {
  if (actor.shopId) throw forbidden("The invite programme is the platform's");
  const take = Math.min(opts.take ?? 50, 200);
  const rows = await db.invitation.findMany({ orderBy: [{ createdAt: "desc" }, { inviteeId: "desc" }], take: take + 1, ...(opts.cursor ? { cursor: { inviteeId: opts.cursor }, skip: 1 } : {}) });
  const page = rows.slice(0, take);
  const names = new Map((await db.shopper.findMany({ where: { id: { in: page.flatMap((r) => [r.inviteeId, r.inviterId]) } }, select: { id: true, name: true } })).map((s) => [s.id, s.name]));
  const counts = Object.fromEntries((await db.invitation.groupBy({ by: ["status"], _count: true })).map((c) => [c.status, c._count]));
  return {
    counts,
    items: page.map((r) => ({ inviteeId: r.inviteeId, invitee: names.get(r.inviteeId) ?? "", inviterId: r.inviterId, inviter: names.get(r.inviterId) ?? "", status: r.status, orderId: r.orderId, releaseAt: r.releaseAt?.toISOString() ?? null, points: r.points, couponId: r.couponId, note: r.note, createdAt: r.createdAt.toISOString() })),
    nextCursor: rows.length > take ? page[page.length - 1].inviteeId : null,
  };
}

/** The coupon templates an invite reward may be: the platform's. */
export async function platformTemplates() {
  const rows = await db.couponTemplate.findMany({ where: { shopId: null, active: true }, select: { id: true, name: true }, orderBy: { createdAt: "desc" }, take: 200 });
  return rows.map((r) => ({ id: r.id, label: r.name }));
}
