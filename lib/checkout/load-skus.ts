import type { Tx } from "@/lib/db/client";
import { db } from "@/lib/db/client";
import type { SkuInfo } from "@/lib/pricing/pricing-input";

/** SKUs as the engine sees them, with category ancestors from the materialised path. */
export async function loadSkus(ids: string[], client: Tx | typeof db = db): Promise<Record<string, SkuInfo>> {
  if (!ids.length) return {};
  const rows = await client.sku.findMany({
    where: { id: { in: ids } },
    include: { product: { select: { name: true, excludedFromPromotions: true, active: true, category: { select: { path: true } } } } },
  });
  return Object.fromEntries(
    rows.map((s) => [
      s.id,
      {
        id: s.id,
        shopId: s.shopId,
        name: s.name ? `${s.product.name} ${s.name}` : s.product.name,
        price: s.price,
        categoryIds: s.product.category?.path.split("/").filter(Boolean) ?? [],
        floorPrice: s.floorPrice,
        memberPrices: s.memberPrices as Record<string, number>,
        excludedFromPromotions: s.excludedFromPromotions || s.product.excludedFromPromotions,
        stock: s.stock,
      } satisfies SkuInfo,
    ]),
  );
}
