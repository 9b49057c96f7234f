import { db } from "@/lib/db/client";

/** Headline counts of the admin dashboard for a scope ({} = platform, {shopId} = one shop). */
export async function getConsoleOverview(scope: { shopId?: string }) {
  const orderScope = scope.shopId ? { lines: { some: { shopId: scope.shopId } } } : {};
  const [products, byStatus, templates, orders, shoppers] = await Promise.all([
    db.product.count({ where: scope }),
    db.promotion.groupBy({ by: ["status"], where: scope, _count: { _all: true } }),
    db.couponTemplate.count({ where: scope }),
    db.order.count({ where: orderScope }),
    db.shopper.count(),
  ]);
  const statusCounts = Object.fromEntries(byStatus.map((r) => [r.status, r._count._all])) as Record<string, number>;
  return { products, statusCounts, templates, orders, shoppers };
}
