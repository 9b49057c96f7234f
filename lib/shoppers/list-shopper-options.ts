import { db } from "@/lib/db/client";

export async function listShopperOptions(take = 200) {
  const rows = await db.shopper.findMany({ orderBy: { createdAt: "asc" }, take, select: { id: true, name: true, memberLevel: true, firstOrderDone: true } });
  return rows.map((s) => ({ id: s.id, label: `${s.name} · ${s.memberLevel}${s.firstOrderDone ? "" : " · new"}` }));
}
