import { db } from "@/lib/db/client";
import type { StaffActor } from "@/lib/auth/actor";

/**
 * The shops an actor may see — all for platform staff, their own for shop staff — a page at a
 * time, optionally matching `q` (name, English name or id). Lists grow with the platform: never
 * all of them at once.
 */
export async function listShops(actor: StaffActor, opts: { q?: string; take?: number; cursor?: string } = {}) {
  const take = Math.min(opts.take ?? 50, 200);
  const q = opts.q?.trim();
  const rows = await db.shop.findMany({
    where: { ...(actor.shopId ? { id: actor.shopId } : {}), ...(q ? { OR: [{ name: { contains: q, mode: "insensitive" } }, { nameEn: { contains: q, mode: "insensitive" } }, { id: q }] } : {}) },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    take: take + 1,
    ...(opts.cursor ? { cursor: { id: opts.cursor }, skip: 1 } : {}),
  });
  const page = rows.slice(0, take);
  return { items: page, nextCursor: rows.length > take ? page[page.length - 1].id : null };
}
