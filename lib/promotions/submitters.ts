import { db } from "@/lib/db/client";

/** Who last submitted each promotion for review, and when (from the audit trail) — for the review queue. */
export async function submitters(ids: string[]): Promise<Record<string, { name: string; at: string }>> {
  if (!ids.length) return {};
  const rows = await db.auditLog.findMany({ where: { entity: "promotion", action: "submit", entityId: { in: ids } }, orderBy: [{ at: "desc" }, { id: "desc" }], select: { entityId: true, actorName: true, at: true } });
  const out: Record<string, { name: string; at: string }> = {};
  for (const r of rows) out[r.entityId] ??= { name: r.actorName, at: r.at.toISOString() };
  // imported or seeded ones without a trail: their creator and submission time
  const rest = await db.promotion.findMany({ where: { id: { in: ids.filter((id) => !out[id]) }, submittedAt: { not: null }, createdById: { not: null } }, select: { id: true, submittedAt: true, createdById: true } });
  const people = await db.staffUser.findMany({ where: { id: { in: rest.map((r) => r.createdById!) } }, select: { id: true, name: true } });
  for (const r of rest) {
    const who = people.find((x) => x.id === r.createdById);
    if (who) out[r.id] = { name: who.name, at: r.submittedAt!.toISOString() };
  }
  return out;
}
