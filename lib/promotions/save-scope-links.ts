import type { Tx } from "@/lib/db/client";
import type { Scope } from "@/lib/pricing/promotion-config";
import { scopeLinkRows } from "./scope-links";

/** Rewrites a promotion's scope index rows, keeping withdrawals and flash-sale counters. */
export async function saveScopeLinks(tx: Tx, promotionId: string, scope: Scope, rules: unknown) {
  const links = scopeLinkRows(scope, rules);
  const old = await tx.promotionSku.findMany({ where: { promotionId } });
  await tx.promotionSku.deleteMany({ where: { promotionId } });
  await tx.promotionCategory.deleteMany({ where: { promotionId } });
  await tx.promotionSku.createMany({
    data: links.skus.map((s) => {
      const prev = old.find((o) => o.skuId === s.skuId);
      return { promotionId, ...s, sold: prev?.sold ?? 0, pending: prev?.pending ?? 0, withdrawnAt: prev?.withdrawnAt ?? null };
    }),
  });
  await tx.promotionCategory.createMany({ data: links.categoryIds.map((categoryId) => ({ promotionId, categoryId })) });
  return links.scopeAll;
}
