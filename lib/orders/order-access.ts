import type { Tx } from "@/lib/db/client";
import { db } from "@/lib/db/client";
import { notFound } from "@/lib/api/errors";

/** An order as seen by its shopper; anybody else's order is "not found". */
export async function getShopperOrderOrThrow(shopperId: string | null, orderId: string, client: Tx | typeof db = db) {
  const order = await client.order.findUnique({ where: { id: orderId } });
  if (!order || (shopperId !== null && order.shopperId !== shopperId)) throw notFound("order");
  return order;
}
