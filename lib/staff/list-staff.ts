import { db } from "@/lib/db/client";
import type { StaffActor } from "@/lib/auth/actor";

/** Staff and API keys of the actor's scope (platform staff see all, or one viewed shop). */
export async function listStaffAndKeys(actor: StaffActor, viewShopId: string | null) {
  const shopId = actor.shopId ?? viewShopId ?? undefined;
  const where = shopId ? { shopId } : {};
  const [staff, keys] = await Promise.all([
    db.staffUser.findMany({ where, include: { shop: { select: { name: true } } }, orderBy: [{ shopId: "asc" }, { role: "asc" }] }),
    db.apiKey.findMany({ where, include: { shop: { select: { name: true } } }, orderBy: { createdAt: "desc" } }),
  ]);
  return {
    staff: staff.map((s) => ({ id: s.id, name: s.name, email: s.email, role: s.role, shopName: s.shop?.name ?? null, active: s.active })),
    keys: keys.map((k) => ({ id: k.id, name: k.name, prefix: k.prefix, role: k.role, shopName: k.shop?.name ?? null, revokedAt: k.revokedAt, lastUsedAt: k.lastUsedAt, createdAt: k.createdAt })),
  };
}
