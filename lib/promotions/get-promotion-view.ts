import { db } from "@/lib/db/client";
import type { StaffActor } from "@/lib/auth/actor";
import { listAudit } from "@/lib/audit/list-audit";
import { getPromotionOrThrow } from "./get-promotion";

/** Everything the promotion detail page shows: the promotion, names of what it names, its audit trail. */
export async function getPromotionView(actor: StaffActor, id: string) {
  const p = await getPromotionOrThrow(actor, id);
  const rules = p.rules as { items?: { skuId: string }[]; tiers?: { gifts?: { skuId: string }[] }[] };
  const skuIds = [...(rules.items ?? []).map((i) => i.skuId), ...(rules.tiers ?? []).flatMap((t) => (t.gifts ?? []).map((g) => g.skuId)), ...p.skus.map((s) => s.skuId)];
  const [skus, shop, audit] = await Promise.all([
    db.sku.findMany({ where: { id: { in: skuIds } }, include: { product: { select: { name: true } } } }),
    p.shopId ? db.shop.findUnique({ where: { id: p.shopId }, select: { name: true } }) : null,
    listAudit(actor, { entity: "promotion", entityId: id, take: 50 }),
  ]);
  const skuNames = Object.fromEntries(skus.map((s) => [s.id, `${s.product.name}${s.name ? ` ${s.name}` : ""}`]));
  return { promotion: p, shopName: shop?.name ?? null, skuNames, audit: audit.items };
}
