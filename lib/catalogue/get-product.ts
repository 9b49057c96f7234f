import { db } from "@/lib/db/client";
import type { StaffActor } from "@/lib/auth/actor";
import { assertCanRead } from "@/lib/auth/guards";
import { notFound } from "@/lib/api/errors";
import { toProductDto } from "./product-dto";

export async function getProduct(actor: StaffActor, id: string) {
  const product = await db.product.findUnique({ where: { id }, include: { skus: { orderBy: { createdAt: "asc" } } } });
  if (!product) throw notFound("product");
  assertCanRead(actor, product.shopId, "product");
  return toProductDto(product);
}
