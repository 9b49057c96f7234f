import type { Tx } from "@/lib/db/client";
import { AppError } from "@/lib/api/errors";
import type { Scope } from "@/lib/pricing/promotion-config";

type RuleRefs = { items?: { skuId: string }[]; tiers?: { gifts?: { skuId: string }[] }[] };

/** Every SKU and category a promotion names exists, and a shop's promotion names only its own SKUs. */
export async function assertReferences(tx: Tx, shopId: string | null, scope: Scope, rules: unknown) {
  const r = rules as RuleRefs;
  const named: [string, string][] = [
    ...(scope.skuIds ?? []).map((id, i) => [`scope.skuIds.${i}`, id] as [string, string]),
    ...(scope.excludeSkuIds ?? []).map((id, i) => [`scope.excludeSkuIds.${i}`, id] as [string, string]),
    ...(r.items ?? []).map((it, i) => [`rules.items.${i}.skuId`, it.skuId] as [string, string]),
    ...(r.tiers ?? []).flatMap((t, ti) => (t.gifts ?? []).map((g, gi) => [`rules.tiers.${ti}.gifts.${gi}.skuId`, g.skuId] as [string, string])),
  ];
  const fields: Record<string, string> = {};
  if (named.length) {
    const skus = await tx.sku.findMany({ where: { id: { in: named.map(([, id]) => id) } }, select: { id: true, shopId: true } });
    const byId = new Map(skus.map((s) => [s.id, s.shopId]));
    for (const [path, id] of named) {
      if (!byId.has(id)) fields[path] = "no such SKU";
      else if (shopId && byId.get(id) !== shopId) fields[path] = "belongs to another shop";
    }
  }
  if (scope.categoryIds?.length) {
    const cats = await tx.category.findMany({ where: { id: { in: scope.categoryIds } }, select: { id: true } });
    scope.categoryIds.forEach((id, i) => {
      if (!cats.some((c) => c.id === id)) fields[`scope.categoryIds.${i}`] = "no such category";
    });
  }
  if (Object.keys(fields).length) throw new AppError("VALIDATION_FAILED", "The promotion names unknown or foreign records", fields);
}
