import { db } from "@/lib/db/client";
import type { StaffActor } from "@/lib/auth/actor";

/** The shops an actor may see: all for platform staff, their own for shop staff. */
export function listShops(actor: StaffActor) {
  return db.shop.findMany({ where: actor.shopId ? { id: actor.shopId } : {}, orderBy: { createdAt: "asc" } });
}
