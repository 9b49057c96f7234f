import { db } from "@/lib/db/client";

/** Shoppers for a picker: "name · level", and the page's word for a new user (新客 / new). */
export async function listShopperOptions(newLabel: string, take = 200) {
  const rows = await db.shopper.findMany({ orderBy: { createdAt: "asc" }, take, select: { id: true, name: true, memberLevel: true, firstOrderDone: true } });
  return rows.map((s) => ({ id: s.id, label: `${s.name} · ${s.memberLevel}${s.firstOrderDone ? "" : ` · ${newLabel}`}` }));
}
