import type { Tx } from "@/lib/db/client";
import { AppError } from "@/lib/api/errors";
import { formatYuan } from "@/lib/pricing/money";
import { kindOf } from "@/lib/pricing/kinds";

type ItemRules = { items?: { skuId: string; specialPrice?: number; amountOff?: number; flashPrice?: number; groupPrice?: number }[] };

/**
 * An item price that is not below the SKU's list price is a contradiction a merchant would regret
 * (a ¥500 flash price on a ¥79 item): refused beside the field, like any invalid value.
 */
export async function assertBelowListPrice(tx: Tx, rules: unknown, type?: string) {
  const r = rules as ItemRules;
  if (!r.items?.length) return;
  const skus = await tx.sku.findMany({ where: { id: { in: r.items.map((i) => i.skuId) } }, select: { id: true, price: true } });
  const price = new Map(skus.map((s) => [s.id, s.price]));
  const fields: Record<string, string> = {};
  r.items.forEach((item, i) => {
    const list = price.get(item.skuId);
    if (list === undefined) return;
    for (const key of ["flashPrice", "groupPrice", "specialPrice"] as const) {
      const v = item[key];
      if (v !== undefined && v >= list) fields[`rules.items.${i}.${key}`] = `must be below the list price (${formatYuan(list)})`;
    }
    if (item.amountOff !== undefined && item.amountOff >= list) fields[`rules.items.${i}.amountOff`] = `must be less than the list price (${formatYuan(list)})`;
  });
  // a kind's own checks (a bundle price against the set's list price, an add-on price …)
  const own = type ? kindOf(type)?.listPriceIssues?.(rules as never, (id) => price.get(id)) : undefined;
  for (const [path, message] of Object.entries(own ?? {})) fields[`rules.${path}`] ??= message;
  if (Object.keys(fields).length) throw new AppError("VALIDATION_FAILED", "An item price is not below the list price", fields);
}
