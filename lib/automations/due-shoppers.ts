import { TZDate } from "@date-fns/tz";
import type { Automation } from "@/lib/generated/prisma/client";
import { pgPool } from "@/lib/db/pg-pool";
import { audienceCondition } from "@/lib/segments/segment-members";

const PAID = `o."paidAt" IS NOT NULL AND o.status <> 'CANCELLED'`;
/** at most this many shoppers fire per automation per tick; the rest fire at the next */
export const FIRE_LIMIT = 50_000;

export type Due = { shopperId: string; occurrence: string };

/**
 * The shoppers an automation is due for now, each with its occurrence — the thing it fires at
 * most once for — in one set-based query:
 *  ABANDONED_CART the cart's version (its updatedAt) when it has sat `wait` hours (looking back 7
 *                 days) with no order since; a shop's automation: carts holding its goods;
 *  BIRTHDAY       the birthday's year, `wait` days before it (a 3-day window catches a missed tick);
 *  WIN_BACK       the last paid order's id, when it is older than `wait` days (one silent spell);
 *  SECOND_ORDER   the first paid order's id, `wait` hours after it, while it is the only one.
 * A shop's automation counts orders in that shop and reaches only its customers (SPEC §9); the
 * condition segment narrows inside the same statement.
 */
export async function dueShoppers(a: Automation, now: Date, timeZone: string): Promise<Due[]> {
  const params: unknown[] = [];
  // the condition (in a segment) inside the statement, so the limit counts only shoppers it lets through
  const inSegment = a.segmentId ? await audienceCondition(a.segmentId, a.shopId, now, `d."shopperId"`, params) : "true";
  const p = (v: unknown) => `$${params.push(v)}`;
  const shop = a.shopId ? p(a.shopId) : null;
  const inShop = (order: string) => (shop ? `AND EXISTS (SELECT 1 FROM "OrderShop" os WHERE os."orderId" = ${order}.id AND os."shopId" = ${shop})` : "");
  const customerOf = (id: string) => (shop ? `AND EXISTS (SELECT 1 FROM "OrderShop" os JOIN "Order" o2 ON o2.id = os."orderId" WHERE o2."shopperId" = ${id} AND os."shopId" = ${shop})` : "");
  const customer = customerOf("s.id");
  const hoursAgo = (h: number) => `${p(new Date(now.getTime() - h * 3_600_000).toISOString())}::timestamp`;
  let sql: string;
  switch (a.trigger) {
    case "ABANDONED_CART":
      sql = `SELECT c."shopperId", (extract(epoch FROM c."updatedAt") * 1000)::bigint::text AS occurrence FROM "Cart" c
             WHERE c."updatedAt" <= ${hoursAgo(a.wait)} AND c."updatedAt" > ${hoursAgo(a.wait + 24 * 7)} AND jsonb_array_length(c.lines) > 0
               AND NOT EXISTS (SELECT 1 FROM "Order" o WHERE o."shopperId" = c."shopperId" AND o."createdAt" >= c."updatedAt")
               ${shop ? `AND EXISTS (SELECT 1 FROM jsonb_array_elements(c.lines) e JOIN "Sku" k ON k.id = e->>0 WHERE k."shopId" = ${shop})` : ""}
               ${customerOf(`c."shopperId"`)}`;
      break;
    case "BIRTHDAY": {
      const today = new TZDate(now.getTime(), timeZone);
      const days = [0, 1, 2].map((back) => new TZDate(today.getFullYear(), today.getMonth(), today.getDate() + a.wait - back, 12, 0, 0, timeZone));
      sql = `SELECT s.id AS "shopperId", d.y::text AS occurrence FROM "Shopper" s
             JOIN (SELECT * FROM unnest(${p(days.map((d) => d.getMonth() + 1))}::int[], ${p(days.map((d) => d.getDate()))}::int[], ${p(days.map((d) => d.getFullYear()))}::int[]) AS x(m, dd, y)) d
               ON extract(month FROM s.birthday) = d.m AND extract(day FROM s.birthday) = d.dd
             WHERE s.birthday IS NOT NULL ${customer}`;
      break;
    }
    case "WIN_BACK":
      sql = `SELECT l."shopperId", l.id AS occurrence FROM (
               SELECT DISTINCT ON (o."shopperId") o."shopperId", o.id, o."paidAt" FROM "Order" o WHERE ${PAID} ${inShop("o")} ORDER BY o."shopperId", o."paidAt" DESC, o.id DESC) l
             WHERE l."paidAt" <= ${hoursAgo(a.wait * 24)}`;
      break;
    case "SECOND_ORDER":
      sql = `SELECT o."shopperId", min(o.id) AS occurrence FROM "Order" o WHERE ${PAID} ${inShop("o")}
             GROUP BY o."shopperId" HAVING count(*) = 1 AND max(o."paidAt") <= ${hoursAgo(a.wait)}`;
      break;
    default:
      return [];
  }
  // occurrences fired before are left out here (the firing's primary key is the guarantee)
  const { rows } = await pgPool().query<Due>(
    `SELECT d."shopperId", d.occurrence FROM (${sql}) d
     WHERE ${inSegment} AND NOT EXISTS (SELECT 1 FROM "AutomationFiring" f WHERE f."automationId" = ${p(a.id)} AND f."shopperId" = d."shopperId" AND f.occurrence = d.occurrence) LIMIT ${FIRE_LIMIT}`,
    params,
  );
  return rows;
}
