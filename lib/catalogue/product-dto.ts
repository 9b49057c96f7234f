import type { Product, Sku } from "@/lib/generated/prisma/client";

export function toProductDto(p: Product & { skus: Sku[] }) {
  return {
    id: p.id,
    name: p.name,
    nameEn: p.nameEn,
    shopId: p.shopId,
    categoryId: p.categoryId,
    imageUrl: p.imageUrl,
    excludedFromPromotions: p.excludedFromPromotions,
    skus: p.skus.map((s) => ({
      id: s.id,
      code: s.code,
      name: s.name,
      price: s.price,
      stock: s.stock,
      floorPrice: s.floorPrice,
      memberPrices: s.memberPrices as Record<string, number>,
      excludedFromPromotions: s.excludedFromPromotions,
    })),
  };
}
