import { db } from "@/lib/db/client";
import type { StaffActor } from "@/lib/auth/actor";
import type { PromotionStatus, PromotionType } from "@/lib/generated/prisma/enums";

export const PROMOTION_SORTS = ["created", "starts", "ends", "name"] as const;
export type PromotionSort = (typeof PROMOTION_SORTS)[number];
const SORTS = { created: { createdAt: "desc" }, starts: { startsAt: "asc" }, ends: { endsAt: "asc" }, name: { name: "asc" } } as const;

/** Promotions of the actor's scope; shop staff also see platform promotions (read-only). */
export async function listPromotions(
  actor: StaffActor,
  opts: { status?: PromotionStatus; type?: PromotionType; q?: string; shopId?: string | null; cursor?: string; take?: number; sort?: PromotionSort; activeOn?: Date },
) {
  const take = Math.min(opts.take ?? 50, 200);
  const shopId = actor.shopId ?? opts.shopId ?? undefined;
  const rows = await db.promotion.findMany({
    where: {
      ...(shopId ? { OR: [{ shopId }, { shopId: null }] } : {}),
      ...(opts.status ? { status: opts.status } : {}),
      ...(opts.type ? { type: opts.type } : {}),
      ...(opts.q ? { name: { contains: opts.q, mode: "insensitive" as const } } : {}),
      // running at some moment of that day
      ...(opts.activeOn ? { startsAt: { lt: new Date(opts.activeOn.getTime() + 86_400_000) }, endsAt: { gt: opts.activeOn } } : {}),
    },
    include: { shop: { select: { name: true } } },
    orderBy: [SORTS[opts.sort ?? "created"], { id: "desc" }],
    take: take + 1,
    ...(opts.cursor ? { cursor: { id: opts.cursor }, skip: 1 } : {}),
  });
  const page = rows.slice(0, take);
  return { items: page, nextCursor: rows.length > take ? page[page.length - 1].id : null };
}
