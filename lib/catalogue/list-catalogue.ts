import { db } from "@/lib/db/client";

/** The public catalogue: active products, optionally within a category and its descendants. */
export async function listCatalogue(opts: { categoryId?: string; q?: string; take?: number }) {
  let categoryFilter = {};
  if (opts.categoryId) {
    const cat = await db.category.findUnique({ where: { id: opts.categoryId }, select: { path: true } });
    categoryFilter = cat ? { category: { path: { startsWith: cat.path } } } : { categoryId: "__none__" };
  }
  const products = await db.product.findMany({
    where: { active: true, ...categoryFilter, ...(opts.q ? { name: { contains: opts.q, mode: "insensitive" as const } } : {}) },
    include: { skus: { select: { id: true, price: true, stock: true }, orderBy: { price: "asc" } }, shop: { select: { id: true, name: true, nameEn: true } } },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    take: Math.min(opts.take ?? 60, 200),
  });
  return products.map((p) => ({
    id: p.id,
    name: p.name,
    nameEn: p.nameEn,
    imageUrl: p.imageUrl,
    shop: p.shop,
    minPrice: p.skus[0]?.price ?? 0,
    cheapestSkuId: p.skus[0]?.id ?? null,
    inStock: p.skus.some((s) => s.stock > 0),
  }));
}

export function listTopCategories() {
  return db.category.findMany({ where: { parentId: null }, orderBy: [{ sortOrder: "asc" }, { name: "asc" }], select: { id: true, name: true, nameEn: true } });
}
