import { db } from "@/lib/db/client";
import { AppError, notFound } from "@/lib/api/errors";
import type { StaffActor } from "@/lib/auth/actor";
import { systemActor } from "@/lib/auth/shopper-scope";
import { recordAudit } from "@/lib/audit/record-audit";
import { cancelOrder } from "@/lib/orders/cancel-order";
import type { RiskAction, RiskVerdict } from "@/lib/generated/prisma/client";
import { DEFAULT_RISK, forgetRiskSettings, PLATFORM_RISK, type RiskThresholds } from "./risk-settings";

const scope = (actor: StaffActor) => (actor.shopId ? { shopId: actor.shopId } : {});

/** Decisions, newest first; the review queue is `verdict: REVIEW, reviewStatus: PENDING`. */
export async function listRiskDecisions(actor: StaffActor, q: { verdict?: RiskVerdict; reviewStatus?: "PENDING" | "APPROVED" | "REJECTED"; take: number }) {
  return db.riskDecision.findMany({ where: { ...scope(actor), ...(q.verdict ? { verdict: q.verdict } : {}), ...(q.reviewStatus ? { reviewStatus: q.reviewStatus } : {}) }, orderBy: { createdAt: "desc" }, take: q.take });
}

/**
 * A staff decision on a REVIEW: APPROVE lets it stand; REJECT takes back what it let through — a
 * claimed coupon not yet used is revoked, an unpaid order is cancelled (a paid one stays: refund it).
 */
export async function reviewRiskDecision(actor: StaffActor, id: string, outcome: "APPROVE" | "REJECT", note: string | undefined, now = new Date()) {
  const d = await db.riskDecision.findUnique({ where: { id } });
  if (!d || (actor.shopId && d.shopId !== actor.shopId)) throw notFound("risk decision");
  if (d.verdict !== "REVIEW") throw new AppError("INVALID_STATE", "Only decisions held for review are reviewed");
  if (d.reviewStatus !== "PENDING") return d;
  const status = outcome === "APPROVE" ? "APPROVED" : "REJECTED";
  const row = await db.$transaction(async (tx) => {
    const n = await tx.riskDecision.updateMany({ where: { id, reviewStatus: "PENDING" }, data: { reviewStatus: status, reviewedBy: actor.name, reviewedAt: now, reviewNote: note ?? null } });
    if (!n.count) throw new AppError("CONFLICT", "Reviewed meanwhile; reload");
    if (outcome === "REJECT" && d.subject && (d.action === "CLAIM" || d.action === "REDEEM")) await tx.userCoupon.updateMany({ where: { id: d.subject, state: "UNUSED" }, data: { state: "EXPIRED" } });
    await recordAudit(tx, actor, { action: outcome === "APPROVE" ? "risk-approve" : "risk-reject", entity: "risk-decision", entityId: id, shopId: d.shopId, before: { reviewStatus: "PENDING" }, after: { reviewStatus: status, note } });
    return tx.riskDecision.findUniqueOrThrow({ where: { id } });
  });
  if (outcome === "REJECT" && d.subject && d.action === "ORDER") await cancelOrder(systemActor("risk-review"), d.subject, "RISK_REJECTED", now).catch(() => undefined);
  return row;
}

/** What the risk check blocked or held, and its value, by action, over `days` days. */
export async function riskReport(actor: StaffActor, days = 30, now = new Date()) {
  const since = new Date(now.getTime() - days * 86_400_000);
  const rows = await db.riskDecision.groupBy({ by: ["action", "verdict"], where: { ...scope(actor), createdAt: { gte: since } }, _count: { _all: true }, _sum: { valueCents: true } });
  const reasons = await db.$queryRaw<{ reason: string; n: number }[]>`
    SELECT r AS reason, count(*)::int AS n FROM "RiskDecision", unnest(reasons) r
     WHERE "createdAt" >= ${since} AND verdict <> 'ALLOW' AND (${actor.shopId}::text IS NULL OR "shopId" = ${actor.shopId}) GROUP BY 1 ORDER BY 2 DESC`;
  const by = (a: RiskAction, v: RiskVerdict) => rows.find((r) => r.action === a && r.verdict === v);
  const actions: RiskAction[] = ["CLAIM", "REDEEM", "ORDER", "FLASH"];
  return {
    days,
    byAction: actions.map((a) => ({ action: a, refused: by(a, "REFUSE")?._count._all ?? 0, refusedValue: by(a, "REFUSE")?._sum.valueCents ?? 0, review: by(a, "REVIEW")?._count._all ?? 0, reviewValue: by(a, "REVIEW")?._sum.valueCents ?? 0, allowed: by(a, "ALLOW")?._count._all ?? 0 })),
    reasons,
    pendingReviews: await db.riskDecision.count({ where: { ...scope(actor), verdict: "REVIEW", reviewStatus: "PENDING" } }),
  };
}

export async function getRiskSettings(actor: StaffActor) {
  const id = actor.shopId ?? PLATFORM_RISK;
  const row = await db.riskSettings.findUnique({ where: { id } });
  return { id, ...DEFAULT_RISK, ...(row ? pick(row) : {}) };
}

const pick = (row: Record<string, unknown>) => Object.fromEntries(Object.entries(row).filter(([k]) => k in DEFAULT_RISK)) as Partial<RiskThresholds>;

/** A shop's thresholds (its staff), or the platform's default (platform staff); audited. */
export async function saveRiskSettings(actor: StaffActor, body: Partial<RiskThresholds>) {
  const id = actor.shopId ?? PLATFORM_RISK;
  if (actor.shopId && body.enabled === false) throw new AppError("FORBIDDEN", "Only the platform can switch the risk check off", { enabled: "only the platform can switch it off" });
  const before = await getRiskSettings(actor);
  const next = { ...before, ...body };
  if (next.reviewScore > next.refuseScore) throw new AppError("VALIDATION_FAILED", "The review score must not be above the refuse score", { reviewScore: `must be at most the refuse score (${next.refuseScore})` });
  const row = await db.$transaction(async (tx) => {
    const data = { ...pick(next), updatedBy: actor.name };
    const r = await tx.riskSettings.upsert({ where: { id }, create: { id, ...data }, update: data });
    await recordAudit(tx, actor, { action: "update", entity: "risk-settings", entityId: id, shopId: actor.shopId, before, after: pick(r) });
    return r;
  });
  forgetRiskSettings();
  return { id, ...pick(row) };
}
