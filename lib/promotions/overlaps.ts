import type { Tx } from "@/lib/db/client";
import type { Scope } from "@/lib/pricing/promotion-config";

export type Overlap = { id: string; name: string; type: string; status: string; shopId: string | null; startsAt: string; endsAt: string; sameType: boolean; href: string };

type Draft = { id?: string; shopId: string | null; type: string; startsAt: Date; endsAt: Date; scope: Scope; rules: unknown };

const LIVE = ["APPROVED", "SCHEDULED", "ACTIVE"] as const;

/**
 * Live or scheduled promotions whose time window and scope overlap a draft (SPEC §3): the same
 * type in the same owner first (they exclude each other: the one saving most wins, so staff must
 * acknowledge), then others that would stack on the same SKUs (the shop's own, and platform ones
 * over a shop's draft, or shops' over a platform draft).
 */
export async function findOverlaps(tx: Tx, d: Draft): Promise<Overlap[]> {
  const draftSkus = new Set([...(d.scope.skuIds ?? []), ...(((d.rules as { items?: { skuId: string }[] }).items ?? []).map((i) => i.skuId))]);
  const draftCats = new Set(d.scope.categoryIds ?? []);
  const draftAll = Boolean(d.scope.all);
  const rows = await tx.promotion.findMany({
    where: {
      status: { in: [...LIVE] },
      startsAt: { lt: d.endsAt },
      endsAt: { gt: d.startsAt },
      ...(d.id ? { id: { not: d.id } } : {}),
      // the same owner, or the platform over a shop (and every shop under a platform draft)
      ...(d.shopId ? { OR: [{ shopId: d.shopId }, { shopId: null }] } : {}),
    },
    select: { id: true, name: true, type: true, status: true, shopId: true, startsAt: true, endsAt: true, scopeAll: true, skus: { where: { excluded: false, withdrawnAt: null }, select: { skuId: true } }, categories: { select: { categoryId: true } } },
    orderBy: [{ startsAt: "asc" }, { id: "asc" }],
    take: 200,
  });
  if (!rows.length) return [];
  // categories of the SKUs on either side (with ancestors) decide SKU-vs-category overlaps
  const skuIds = [...new Set([...draftSkus, ...rows.flatMap((r) => r.skus.map((s) => s.skuId))])];
  const skuCats = new Map(
    (await tx.sku.findMany({ where: { id: { in: skuIds } }, select: { id: true, shopId: true, product: { select: { category: { select: { path: true } } } } } })).map((s) => [s.id, { shopId: s.shopId, cats: s.product.category?.path.split("/").filter(Boolean) ?? [] }]),
  );
  const touches = (r: (typeof rows)[number]) => {
    if (draftAll || r.scopeAll) {
      // "all" of a shop meets anything of that shop; a platform "all" meets anything
      if (!d.shopId || !r.shopId) return true;
      return d.shopId === r.shopId;
    }
    const theirSkus = r.skus.map((s) => s.skuId);
    const theirCats = new Set(r.categories.map((c) => c.categoryId));
    if (theirSkus.some((s) => draftSkus.has(s))) return true;
    if ([...theirCats].some((c) => draftCats.has(c))) return true;
    if ([...draftSkus].some((s) => skuCats.get(s)?.cats.some((c) => theirCats.has(c)))) return true;
    return theirSkus.some((s) => skuCats.get(s)?.cats.some((c) => draftCats.has(c)));
  };
  const out = rows.filter(touches).map((r) => ({
    id: r.id,
    name: r.name,
    type: r.type,
    status: r.status,
    shopId: r.shopId,
    startsAt: r.startsAt.toISOString(),
    endsAt: r.endsAt.toISOString(),
    sameType: r.type === d.type && r.shopId === d.shopId,
    href: `/admin/promotions/${r.id}`,
  }));
  return [...out.filter((o) => o.sameType), ...out.filter((o) => !o.sameType)];
}
