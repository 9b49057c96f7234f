import { db } from "@/lib/db/client";
import { AppError, notFound } from "@/lib/api/errors";
import type { StaffActor } from "@/lib/auth/actor";
import { assertCanRead, targetShop } from "@/lib/auth/guards";
import { recordAudit } from "@/lib/audit/record-audit";
import type { z } from "zod";
import type { alertNoteBodySchema, createAlertRuleBodySchema } from "./alert-schemas";

// Alert rules and the alert list (SPEC §12 / issue 18): a shop's staff see and change their shop's
// only; platform rules (every shop) are platform staff's. Acknowledge and resolve are audited.

const scope = (actor: StaffActor) => (actor.shopId ? { shopId: actor.shopId } : {});

export async function listAlertRules(actor: StaffActor) {
  return db.alertRule.findMany({ where: scope(actor), orderBy: { createdAt: "desc" }, take: 200 });
}

export async function createAlertRule(actor: StaffActor, body: z.infer<typeof createAlertRuleBodySchema>) {
  let shopId = targetShop(actor, body.shopId, true);
  if (body.promotionId) {
    const p = await db.promotion.findUnique({ where: { id: body.promotionId }, select: { shopId: true } });
    if (!p) throw new AppError("VALIDATION_FAILED", "No such promotion", { promotionId: "no such promotion" });
    assertCanRead(actor, p.shopId, "promotion");
    if (actor.shopId && p.shopId !== actor.shopId) throw new AppError("VALIDATION_FAILED", "Another shop's promotion", { promotionId: "not one of your shop's promotions" });
    shopId = p.shopId;
  }
  if (body.campaignId) {
    const c = await db.couponCampaign.findUnique({ where: { id: body.campaignId }, select: { shopId: true } });
    if (!c || (actor.shopId && c.shopId !== actor.shopId)) throw new AppError("VALIDATION_FAILED", "No such campaign", { campaignId: "no such campaign of your shop" });
    shopId = c.shopId;
  }
  return db.$transaction(async (tx) => {
    const r = await tx.alertRule.create({ data: { shopId, kind: body.kind, threshold: body.threshold, promotionId: body.promotionId ?? null, campaignId: body.campaignId ?? null, createdById: actor.id } });
    await recordAudit(tx, actor, { action: "create", entity: "alert-rule", entityId: r.id, shopId, after: r });
    return r;
  });
}

async function visibleRule(actor: StaffActor, id: string) {
  const r = await db.alertRule.findUnique({ where: { id } });
  if (!r || (actor.shopId && r.shopId !== actor.shopId)) throw notFound("alert rule");
  return r;
}

export async function setAlertRuleActive(actor: StaffActor, id: string, active: boolean) {
  const before = await visibleRule(actor, id);
  return db.$transaction(async (tx) => {
    const r = await tx.alertRule.update({ where: { id }, data: { active } });
    await recordAudit(tx, actor, { action: active ? "enable" : "disable", entity: "alert-rule", entityId: id, shopId: r.shopId, before: { active: before.active }, after: { active } });
    return r;
  });
}

export async function deleteAlertRule(actor: StaffActor, id: string) {
  const before = await visibleRule(actor, id);
  await db.$transaction(async (tx) => {
    await tx.alertRule.delete({ where: { id } });
    await recordAudit(tx, actor, { action: "delete", entity: "alert-rule", entityId: id, shopId: before.shopId, before });
  });
  return { id, deleted: true };
}

export async function listAlerts(actor: StaffActor, q: { status?: "OPEN" | "ACKNOWLEDGED" | "RESOLVED"; take: number }) {
  return db.alert.findMany({ where: { ...scope(actor), ...(q.status ? { status: q.status } : {}) }, orderBy: { raisedAt: "desc" }, take: q.take });
}

/** OPEN → ACKNOWLEDGED (someone is on it), or → RESOLVED (handled); twice is harmless. */
export async function decideAlert(actor: StaffActor, id: string, to: "ACKNOWLEDGED" | "RESOLVED", body: z.infer<typeof alertNoteBodySchema>, now = new Date()) {
  const a = await db.alert.findUnique({ where: { id } });
  if (!a || (actor.shopId && a.shopId !== actor.shopId)) throw notFound("alert");
  if (a.status === to || a.status === "RESOLVED") return a;
  return db.$transaction(async (tx) => {
    const data = to === "ACKNOWLEDGED" ? { status: to, acknowledgedAt: now, acknowledgedBy: actor.name } : { status: to, resolvedAt: now, resolvedBy: actor.name };
    const n = await tx.alert.updateMany({ where: { id, status: a.status }, data: { ...data, ...(body.note ? { note: body.note } : {}) } });
    if (!n.count) throw new AppError("CONFLICT", "The alert changed meanwhile; reload");
    await recordAudit(tx, actor, { action: to === "ACKNOWLEDGED" ? "acknowledge" : "resolve", entity: "alert", entityId: id, shopId: a.shopId, before: { status: a.status }, after: { status: to, note: body.note } });
    return tx.alert.findUniqueOrThrow({ where: { id } });
  });
}

/** What a new rule can watch: the actor's shop's promotions that are live or about to be. */
export const watchablePromotions = (actor: StaffActor) =>
  db.promotion.findMany({ where: { status: { in: ["ACTIVE", "SCHEDULED", "APPROVED"] }, ...scope(actor) }, select: { id: true, name: true }, orderBy: { startsAt: "desc" }, take: 100 });

/** Open alerts the actor may see (the admin header's bell). */
export const openAlertCount = (actor: StaffActor) => db.alert.count({ where: { ...scope(actor), status: "OPEN" } });
