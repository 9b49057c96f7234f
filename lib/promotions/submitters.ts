import { db } from "@/lib/db/client";
import { actorName } from "@/lib/audit/audit-subjects";

/** Who last submitted each promotion for review, and when (from the audit trail) — for the review queue. */
export async function submitters(ids: string[]): Promise<Record<string, { name: string; at: string }>> {
  if (!ids.length) return {};
  const rows = await db.auditLog.findMany({ where: { entity: "promotion", action: "submit", entityId: { in: ids } }, orderBy: [{ at: "desc" }, { id: "desc" }], select: { entityId: true, actorName: true, at: true } });
  const out: Record<string, { name: string; at: string }> = {};
  for (const r of rows) out[r.entityId] ??= { name: actorName(r.actorName), at: r.at.toISOString() };
  // made straight into review (the demo data, imports): who created them, when they were submitted
  const rest = await db.promotion.findMany({ where: { id: { in: ids.filter((id) => !out[id]) } }, select: { id: true, submittedAt: true, createdAt: true, createdById: true } });
  const [people, created] = await Promise.all([
    db.staffUser.findMany({ where: { id: { in: rest.map((r) => r.createdById).filter((x): x is string => Boolean(x)) } }, select: { id: true, name: true } }),
    db.auditLog.findMany({ where: { entity: "promotion", action: "create", entityId: { in: rest.map((r) => r.id) } }, select: { entityId: true, actorName: true, actorType: true } }),
  ]);
  for (const r of rest) {
    const name = people.find((x) => x.id === r.createdById)?.name ?? created.map((c) => (c.entityId === r.id && c.actorType !== "SYSTEM" ? actorName(c.actorName) : null)).find(Boolean);
    if (name) out[r.id] = { name, at: (r.submittedAt ?? r.createdAt).toISOString() };
  }
  return out;
}
