import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { notFound } from "@/lib/api/errors";

type SegmentRules = { newUsers?: boolean; memberLevels?: string[]; tags?: string[]; regions?: string[] };

/** The shoppers of a segment: its uploaded list, or everyone its rules select. Ids, in id order. */
export async function segmentMemberIds(segmentId: string): Promise<string[]> {
  const s = await db.segment.findUnique({ where: { id: segmentId } });
  if (!s) throw notFound("segment");
  if (s.kind === "LIST") return (await db.segmentMember.findMany({ where: { segmentId }, select: { shopperId: true }, orderBy: { shopperId: "asc" } })).map((m) => m.shopperId);
  const r = s.rules as SegmentRules;
  const where: Prisma.ShopperWhereInput = {
    ...(r.newUsers ? { firstOrderDone: false } : {}),
    ...(r.memberLevels?.length ? { memberLevel: { in: r.memberLevels } } : {}),
    ...(r.tags?.length ? { tags: { hasSome: r.tags } } : {}),
    ...(r.regions?.length ? { region: { in: r.regions } } : {}),
  };
  return (await db.shopper.findMany({ where, select: { id: true }, orderBy: { id: "asc" } })).map((x) => x.id);
}

export function listSegments(shopId: string | null) {
  return db.segment.findMany({ where: shopId ? { OR: [{ shopId }, { shopId: null }] } : {}, orderBy: { createdAt: "asc" }, select: { id: true, name: true, kind: true } });
}
