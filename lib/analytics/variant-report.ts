import { db } from "@/lib/db/client";
import { twoProportionTest } from "@/lib/ab/significance";

type Row = { variantKey: string; participants: number; payingUsers: number; orders: number; gross: bigint; refunded: bigint };

/**
 * An A/B test's arms side by side: per variant the shoppers exposed (viewers, or participants
 * when no views were recorded), participants, paying users, conversion, GMV, cost, ROI and
 * average order value; and a two-proportion z-test of the first two arms' conversion.
 */
export async function variantReport(promotionId: string, variants: { key: string; weight: number }[], shop: string | null = null) {
  if (variants.length < 2) return null;
  const [rows, costs, views] = await Promise.all([
    db.$queryRaw<Row[]>`
      WITH o AS (
        SELECT o.id, o."shopperId", o."paidAt", pp."variantKey",
               (SELECT coalesce(sum(a.gross), 0) FROM "OrderShopAmount" a WHERE a."orderId" = o.id AND (${shop}::text IS NULL OR a."shopId" = ${shop})) AS total,
               (SELECT coalesce(sum(a.refunded), 0) FROM "OrderShopAmount" a WHERE a."orderId" = o.id AND (${shop}::text IS NULL OR a."shopId" = ${shop})) AS "refundedAmount"
          FROM (SELECT DISTINCT "orderId", "variantKey" FROM "PromotionParticipation" WHERE "promotionId" = ${promotionId} AND "variantKey" IS NOT NULL) pp
          JOIN "Order" o ON o.id = pp."orderId"
         WHERE o.status <> 'CANCELLED')
      SELECT "variantKey", count(DISTINCT "shopperId")::int AS participants,
             count(DISTINCT "shopperId") FILTER (WHERE "paidAt" IS NOT NULL)::int AS "payingUsers",
             count(*) FILTER (WHERE "paidAt" IS NOT NULL)::int AS orders,
             coalesce(sum(total) FILTER (WHERE "paidAt" IS NOT NULL), 0)::bigint AS gross,
             coalesce(sum("refundedAmount") FILTER (WHERE "paidAt" IS NOT NULL), 0)::bigint AS refunded
        FROM o GROUP BY 1`,
    db.$queryRaw<{ variantKey: string; cost: bigint }[]>`
      SELECT pp."variantKey", coalesce(sum(d.amount), 0)::bigint AS cost
        FROM "PromotionParticipation" pp JOIN "Order" o ON o.id = pp."orderId"
        JOIN "OrderDiscount" d ON d."orderId" = o.id AND d."promotionId" = pp."promotionId"
       WHERE pp."promotionId" = ${promotionId} AND pp."variantKey" IS NOT NULL AND o."paidAt" IS NOT NULL AND o.status <> 'CANCELLED'
       GROUP BY 1`,
    db.$queryRaw<{ variantKey: string; viewers: number }[]>`
      SELECT "variantKey", count(*)::int AS viewers FROM (
        SELECT "variantKey", "shopperId" FROM "AnalyticsEvent"
         WHERE "promotionId" = ${promotionId} AND type IN ('ACTIVITY_VIEW', 'PRODUCT_VIEW') AND "variantKey" IS NOT NULL GROUP BY 1, 2) v
       GROUP BY 1`,
  ]);
  const arms = variants.map((v) => {
    const r = rows.find((x) => x.variantKey === v.key);
    const gross = Number(r?.gross ?? 0n);
    const gmv = gross - Number(r?.refunded ?? 0n);
    const cost = Number(costs.find((c) => c.variantKey === v.key)?.cost ?? 0n);
    const viewers = views.find((x) => x.variantKey === v.key)?.viewers ?? 0;
    const participants = r?.participants ?? 0;
    const payingUsers = r?.payingUsers ?? 0;
    const orders = r?.orders ?? 0;
    const exposed = viewers > 0 ? viewers : participants;
    return { key: v.key, weight: v.weight, viewers, participants, payingUsers, exposed, conversion: exposed > 0 ? payingUsers / exposed : null, orders, gmv, cost, roi: cost > 0 ? gmv / cost : null, aov: orders > 0 ? Math.round(gross / orders) : null };
  });
  const [a, b] = arms;
  return { basis: views.length ? ("viewers" as const) : ("participants" as const), arms, test: twoProportionTest(a.payingUsers, a.exposed, b.payingUsers, b.exposed) };
}
