import { db } from "@/lib/db/client";
import type { StaffActor } from "@/lib/auth/actor";

export async function listCouponTemplates(actor: StaffActor, opts: { shopId?: string | null; take?: number; cursor?: string }) {
  const take = Math.min(opts.take ?? 50, 200);
  const shopId = actor.shopId ?? opts.shopId ?? undefined;
  const rows = await db.couponTemplate.findMany({
    where: shopId ? { OR: [{ shopId }, { shopId: null }] } : {},
    include: { shop: { select: { name: true } }, _count: { select: { campaigns: true } } },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: take + 1,
    ...(opts.cursor ? { cursor: { id: opts.cursor }, skip: 1 } : {}),
  });
  const page = rows.slice(0, take);
  return { items: page, nextCursor: rows.length > take ? page[page.length - 1].id : null };
}
