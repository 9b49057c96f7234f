import { db } from "@/lib/db/client";
import type { StaffActor } from "@/lib/auth/actor";
import { shopWhere } from "@/lib/auth/guards";
import { toProductDto } from "./product-dto";

export async function listProducts(actor: StaffActor, opts: { q?: string; cursor?: string; take?: number; shopId?: string }) {
  const take = Math.min(opts.take ?? 50, 200);
  const where = {
    ...shopWhere(actor),
    ...(opts.shopId && !actor.shopId ? { shopId: opts.shopId } : {}),
    ...(opts.q ? { OR: [{ name: { contains: opts.q, mode: "insensitive" as const } }, { skus: { some: { code: { contains: opts.q } } } }] } : {}),
  };
  const rows = await db.product.findMany({
    where,
    include: { skus: { orderBy: { createdAt: "asc" } }, shop: { select: { name: true } }, category: { select: { name: true, nameEn: true } } },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: take + 1,
    ...(opts.cursor ? { cursor: { id: opts.cursor }, skip: 1 } : {}),
  });
  const page = rows.slice(0, take);
  return {
    items: page.map((p) => ({ ...toProductDto(p), shopName: p.shop.name, category: p.category })),
    nextCursor: rows.length > take ? page[page.length - 1].id : null,
  };
}
