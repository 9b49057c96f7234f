import type { Tx } from "@/lib/db/client";
import { db } from "@/lib/db/client";
import type { StaffActor } from "@/lib/auth/actor";
import { assertCanRead } from "@/lib/auth/guards";
import { notFound } from "@/lib/api/errors";

/** A promotion the actor may see (other shops' answer 404), with its SKU links. */
export async function getPromotionOrThrow(actor: StaffActor, id: string, client: Tx | typeof db = db) {
  const p = await client.promotion.findUnique({ where: { id }, include: { skus: { select: { skuId: true, withdrawnAt: true } }, variants: { orderBy: { key: "asc" } } } });
  if (!p) throw notFound("promotion");
  assertCanRead(actor, p.shopId, "promotion");
  return p;
}
