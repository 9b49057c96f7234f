import { db } from "@/lib/db/client";
import { notFound } from "@/lib/api/errors";

export async function getCatalogueProduct(id: string) {
  const p = await db.product.findUnique({
    where: { id },
    include: { skus: { orderBy: { price: "asc" } }, shop: { select: { id: true, name: true, shippingFee: true, freeShippingThreshold: true } }, category: true },
  });
  if (!p || !p.active) throw notFound("product");
  return {
    ...p,
    skus: p.skus.map((s) => ({ id: s.id, code: s.code, name: s.name, price: s.price, stock: s.stock, memberPrices: s.memberPrices as Record<string, number> })),
  };
}
