import type { Tx } from "@/lib/db/client";
import { db } from "@/lib/db/client";
import { notFound } from "@/lib/api/errors";
import type { StaffActor } from "@/lib/auth/actor";
import { scopeOf, type Acting, type SystemActor } from "@/lib/auth/shopper-scope";

/** Who may reach an order: its shopper (or a key acting for them), staff of its shops, the system. */
export type OrderActor = Acting | SystemActor | StaffActor;

/**
 * An order as `who` may see it; anything else is "not found" (ids of others leak nothing):
 * - a shopper scope: the shopper's own orders; a shop key's scope only orders of its shop's goods;
 * - staff: platform staff every order, shop staff orders holding their shop's goods;
 * - the system (timeouts, group expiry): every order.
 */
export async function getOrderOrThrow(who: OrderActor, orderId: string, client: Tx | typeof db = db) {
  const order = await client.order.findUnique({ where: { id: orderId }, include: { shops: { select: { shopId: true } } } });
  if (!order) throw notFound("order");
  const shops = order.shops.map((s) => s.shopId);
  if (typeof who === "object" && who.kind === "system") return order;
  if (typeof who === "object" && who.kind === "staff") {
    if (who.shopId && !shops.includes(who.shopId)) throw notFound("order");
    return order;
  }
  const scope = scopeOf(who);
  if (order.shopperId !== scope.shopperId) throw notFound("order");
  if (scope.shopId && shops.some((s) => s !== scope.shopId)) throw notFound("order");
  return order;
}

/** The first round's name; a shopper (or key) reaching their own order. */
export const getShopperOrderOrThrow = getOrderOrThrow;
