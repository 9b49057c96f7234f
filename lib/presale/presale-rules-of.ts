import { db, type Tx } from "@/lib/db/client";
import { AppError, notFound } from "@/lib/api/errors";
import { presaleRulesSchema, type PresaleItem, type PresaleRules } from "@/lib/pricing/kinds/presale/rules";

export type PresaleOffer = { promotion: { id: string; name: string; shopId: string | null; startsAt: Date; endsAt: Date; status: string; stacking: unknown }; rules: PresaleRules; item: PresaleItem };

/** A PRESALE promotion's item for one SKU, as stored (rules re-checked), or 404. */
export async function presaleOffer(promotionId: string, skuId: string, client: Tx | typeof db = db): Promise<PresaleOffer> {
  const p = await client.promotion.findUnique({ where: { id: promotionId }, select: { id: true, name: true, shopId: true, startsAt: true, endsAt: true, status: true, type: true, rules: true, stacking: true } });
  if (!p || p.type !== "PRESALE") throw notFound("presale promotion");
  const rules = presaleRulesSchema.parse(p.rules);
  const item = rules.items.find((i) => i.skuId === skuId);
  if (!item) throw new AppError("VALIDATION_FAILED", "This SKU is not in the presale", { skuId: "not in this presale" });
  return { promotion: p, rules, item };
}

/** The presales that can matter for these SKUs now: approved and not past their balance window. */
export async function presalesForSkus(skuIds: string[], now: Date) {
  if (!skuIds.length) return [];
  const rows = await db.promotion.findMany({
    where: { type: "PRESALE", status: { in: ["APPROVED", "SCHEDULED", "ACTIVE", "ENDED"] }, skus: { some: { skuId: { in: skuIds } } }, OR: [{ endsAt: { gt: now } }, { endsAt: { gt: new Date(now.getTime() - 90 * 86_400_000) } }] },
    include: { skus: { where: { skuId: { in: skuIds } }, select: { skuId: true, sold: true, pending: true, stock: true, withdrawnAt: true } } },
  });
  return rows
    .map((p) => ({ p, rules: presaleRulesSchema.parse(p.rules) }))
    .filter(({ p, rules }) => p.status !== "ENDED" || new Date(rules.balanceEndsAt) > now);
}
