import { db } from "@/lib/db/client";

/** SKUs as choices for admin forms (simulation lines, pickers), within a shop or all shops. */
export async function listSkuOptions(shopId: string | null, take = 300) {
  const rows = await db.sku.findMany({
    where: shopId ? { shopId } : {},
    include: { product: { select: { name: true } } },
    orderBy: [{ shopId: "asc" }, { code: "asc" }],
    take,
  });
  return rows.map((s) => ({ id: s.id, label: `${s.code} · ${s.product.name}${s.name ? ` ${s.name}` : ""}`, price: s.price, shopId: s.shopId }));
}
