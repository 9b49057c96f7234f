import { db } from "@/lib/db/client";
import { notFound } from "@/lib/api/errors";
import { ruleMemberIds } from "./evaluate-segment";
import { storedRules } from "./segment-rules";

/** The shoppers of a segment now: its uploaded list, or everyone its rules select (set-based SQL). Ids, in id order. */
export async function segmentMemberIds(segmentId: string, now = new Date()): Promise<string[]> {
  const s = await db.segment.findUnique({ where: { id: segmentId } });
  if (!s) throw notFound("segment");
  if (s.kind === "LIST") return (await db.segmentMember.findMany({ where: { segmentId }, select: { shopperId: true }, orderBy: { shopperId: "asc" } })).map((m) => m.shopperId);
  return ruleMemberIds(storedRules(s.rules), s.shopId, now);
}

export function listSegments(shopId: string | null) {
  return db.segment.findMany({ where: shopId ? { OR: [{ shopId }, { shopId: null }] } : {}, orderBy: { createdAt: "asc" }, select: { id: true, name: true, kind: true } });
}
