import type { Tx } from "@/lib/db/client";
import { formatYuan, percentOf } from "@/lib/pricing/money";

type ItemRules = { items?: { skuId: string; percentOff?: number; specialPrice?: number; amountOff?: number; flashPrice?: number; groupPrice?: number }[]; percentOff?: number };

/**
 * Configured prices below a SKU's floor price (margin guardrail). The engine would cut such a
 * discount at the floor anyway; the admin is warned and must acknowledge.
 */
export async function floorWarnings(tx: Tx, rules: unknown): Promise<Record<string, string>> {
  const r = rules as ItemRules;
  if (!r.items?.length) return {};
  const skus = await tx.sku.findMany({ where: { id: { in: r.items.map((i) => i.skuId) } }, select: { id: true, code: true, price: true, floorPrice: true } });
  const byId = new Map(skus.map((s) => [s.id, s]));
  const warnings: Record<string, string> = {};
  r.items.forEach((item, i) => {
    const sku = byId.get(item.skuId);
    if (!sku?.floorPrice) return;
    const price =
      item.flashPrice ?? item.groupPrice ?? item.specialPrice ??
      (item.percentOff !== undefined ? sku.price - percentOf(sku.price, item.percentOff) : item.amountOff !== undefined ? sku.price - item.amountOff : (r.percentOff !== undefined ? sku.price - percentOf(sku.price, r.percentOff) : sku.price));
    // beside the field that set the price (the engine would stop at the floor: shoppers pay the floor)
    const field = (["flashPrice", "groupPrice", "specialPrice", "percentOff", "amountOff"] as const).find((k) => item[k] !== undefined);
    if (price < sku.floorPrice) warnings[field ? `rules.items.${i}.${field}` : `rules.items.${i}`] = `below the floor price (${formatYuan(sku.floorPrice)}): shoppers will pay ${formatYuan(sku.floorPrice)}`;
  });
  return warnings;
}
