import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { db } from "@/lib/db/client";
import type { StaffActor } from "./actor";
import { getSessionActor } from "./session-actor";

export const ADMIN_SHOP_COOKIE = "adminShop";

/**
 * The staff actor of an admin page and the shop being viewed: shop staff always see their own
 * shop; platform staff may narrow the view to one shop with the header switcher.
 */
export async function getAdminContext() {
  const actor = await getSessionActor();
  if (!actor) redirect("/admin/login");
  if (actor.kind !== "staff") redirect("/forbidden");
  // never every shop of the platform: the actor's own, or the one platform staff are viewing
  const chosen = (await cookies()).get(ADMIN_SHOP_COOKIE)?.value;
  const wanted = actor.shopId ?? chosen ?? null;
  const shops = wanted ? await db.shop.findMany({ where: { id: wanted }, select: { id: true, name: true, nameEn: true } }) : [];
  const viewShopId = actor.shopId ?? (shops.some((s) => s.id === chosen) ? chosen! : null);
  const staff = await db.staffUser.findUnique({ where: { id: actor.id }, select: { name: true, email: true } });
  return { actor: actor as StaffActor, viewShopId, shops, staff };
}

/** Prisma where-fragment for the viewed scope (never wider than the actor's). */
export function viewWhere(ctx: { actor: StaffActor; viewShopId: string | null }) {
  const shopId = ctx.actor.shopId ?? ctx.viewShopId;
  return shopId ? { shopId } : {};
}
