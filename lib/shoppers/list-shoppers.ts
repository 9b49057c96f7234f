import { db } from "@/lib/db/client";
import type { StaffActor } from "@/lib/auth/actor";
import { toShopperDto } from "./shopper-dto";

/** a***@demo.test: enough to recognise a customer, not to contact them outside the platform */
export function maskEmail(email: string | null) {
  if (!email) return null;
  const [user, domain] = email.split("@");
  return `${user.slice(0, 1)}***@${domain ?? ""}`;
}

/**
 * Shoppers are platform-wide customers (synced from the host system). Platform staff see them all;
 * shop staff see only shoppers who ordered in their shop, with masked contact data (SPEC §12).
 */
export async function listShoppers(actor: StaffActor, opts: { q?: string; take?: number; cursor?: string }) {
  const take = Math.min(opts.take ?? 50, 200);
  const shopId = actor.shopId;
  const search = opts.q
    ? { OR: [{ name: { contains: opts.q, mode: "insensitive" as const } }, ...(shopId ? [] : [{ email: { contains: opts.q, mode: "insensitive" as const } }]), { externalId: opts.q }] }
    : {};
  const rows = await db.shopper.findMany({
    where: { ...search, ...(shopId ? { orders: { some: { shops: { some: { shopId } } } } } : {}) },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: take + 1,
    ...(opts.cursor ? { cursor: { id: opts.cursor }, skip: 1 } : {}),
  });
  const page = rows.slice(0, take);
  const items = page.map(toShopperDto).map((s) => (shopId ? { ...s, email: maskEmail(s.email), birthday: null } : s));
  return { items, nextCursor: rows.length > take ? page[page.length - 1].id : null };
}
