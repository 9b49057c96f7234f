import type { SegmentCondition, SegmentGroup } from "./segment-rules";

// A segment's rules as one SQL predicate over "Shopper" s — set-based: PostgreSQL evaluates it for
// every shopper at once (semi- and anti-joins), never a loop per shopper. Values are parameters.
// A paid order is one with paidAt set that was not cancelled (refunded ones were paid).

const PAID = `o."paidAt" IS NOT NULL AND o.status <> 'CANCELLED'`;

export type CompiledSegment = { where: string; params: unknown[] };

/**
 * @param shopId shop staff reach only the shoppers who ordered in their shop (SPEC §9)
 * @param now the clock the day windows count back from
 * @param params parameters already in the statement the predicate joins (numbering continues after them)
 */
export function compileSegment(rules: SegmentGroup, now: Date, shopId: string | null = null, params: unknown[] = []): CompiledSegment {
  const p = (v: unknown) => `$${params.push(v)}`;
  const since = (days: number) => `${p(new Date(now.getTime() - days * 86_400_000).toISOString())}::timestamp`;
  // for shop staff, what a shopper did is what they did in this shop: its orders, its lines
  const shop = shopId ? p(shopId) : null;
  const paid = shop ? `${PAID} AND EXISTS (SELECT 1 FROM "OrderShop" os WHERE os."orderId" = o.id AND os."shopId" = ${shop})` : PAID;

  const condition = (c: SegmentCondition): string => {
    switch (c.type) {
      case "NEW_USER":
        return `s."firstOrderDone" = false`;
      case "SILENT":
        // a shopper who joined within the window is not silent yet
        return `s."createdAt" < ${since(c.days)} AND NOT EXISTS (SELECT 1 FROM "Order" o WHERE o."shopperId" = s.id AND ${paid} AND o."paidAt" >= ${since(c.days)})`;
      case "HIGH_VALUE":
        return shop
          ? `s.id IN (SELECT o."shopperId" FROM "OrderLine" l JOIN "Order" o ON o.id = l."orderId" WHERE l."shopId" = ${shop} AND ${PAID} AND o."paidAt" >= ${since(c.days)} GROUP BY o."shopperId" HAVING sum(l.payable - l."refundedAmount") >= ${p(c.minSpent)})`
          : `s.id IN (SELECT o."shopperId" FROM "Order" o WHERE ${PAID} AND o."paidAt" >= ${since(c.days)} GROUP BY o."shopperId" HAVING sum(o.total - o."refundedAmount") >= ${p(c.minSpent)})`;
      case "MEMBER_LEVEL":
        return `s."memberLevel" = ANY(${p(c.levels)}::text[])`;
      case "REGION":
        return `s.region = ANY(${p(c.regions)}::text[])`;
      case "TAG":
        return `s.tags && ${p(c.tags)}::text[]`;
      case "BIRTHDAY_MONTH":
        return `extract(month FROM s.birthday)::int = ANY(${p(c.months)}::int[])`;
      case "COUPON":
        return `EXISTS (SELECT 1 FROM "UserCoupon" u WHERE u."shopperId" = s.id AND u."templateId" = ${p(c.templateId)}${c.used ? ` AND u.state = 'USED'` : ""})`;
      case "VIEWED_NO_ORDER": {
        const from = since(c.days);
        return `EXISTS (SELECT 1 FROM "AnalyticsEvent" e WHERE e."shopperId" = s.id AND e.type = 'ACTIVITY_VIEW' AND e."promotionId" = ${p(c.promotionId)} AND e.at >= ${from})
          AND NOT EXISTS (SELECT 1 FROM "Order" o WHERE o."shopperId" = s.id AND ${paid} AND o."paidAt" >= ${from})`;
      }
    }
  };
  const group = (g: SegmentGroup): string => `(${g.conditions.map((c) => ("op" in c ? group(c) : condition(c))).join(` ${g.op} `)})`;

  const where = [group(rules)];
  if (shop) where.push(`s.id IN (SELECT o."shopperId" FROM "OrderShop" os JOIN "Order" o ON o.id = os."orderId" WHERE os."shopId" = ${shop})`);
  return { where: where.join(" AND "), params };
}
