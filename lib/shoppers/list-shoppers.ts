import { db } from "@/lib/db/client";
import { toShopperDto } from "./shopper-dto";

/** Shoppers are platform-wide customers (synced from the host system). */
export async function listShoppers(opts: { q?: string; take?: number; cursor?: string }) {
  const take = Math.min(opts.take ?? 50, 200);
  const rows = await db.shopper.findMany({
    where: opts.q ? { OR: [{ name: { contains: opts.q, mode: "insensitive" } }, { email: { contains: opts.q, mode: "insensitive" } }, { externalId: opts.q }] } : {},
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: take + 1,
    ...(opts.cursor ? { cursor: { id: opts.cursor }, skip: 1 } : {}),
  });
  const page = rows.slice(0, take);
  return { items: page.map(toShopperDto), nextCursor: rows.length > take ? page[page.length - 1].id : null };
}
