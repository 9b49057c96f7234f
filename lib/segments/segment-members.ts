import { compileSegment } from "./segment-sql";
import { db } from "@/lib/db/client";
import { pgPool } from "@/lib/db/pg-pool";
import { notFound } from "@/lib/api/errors";
import { ruleMemberIds } from "./evaluate-segment";
import { storedRules } from "./segment-rules";

/**
 * The shoppers a delivery of `shopId` (null: the platform) reaches in a segment now: everyone the
 * rules select or the list names — for a shop, only its customers (SPEC §9). Ids in id order.
 */
export async function audienceOf(segmentId: string, shopId: string | null, now = new Date()): Promise<string[]> {
  const s = await db.segment.findUnique({ where: { id: segmentId } });
  if (!s) throw notFound("segment");
  const scope = shopId ?? s.shopId;
  if (s.kind !== "LIST") return ruleMemberIds(storedRules(s.rules), scope, now);
  const { rows } = await pgPool().query<{ id: string }>(
    `SELECT m."shopperId" AS id FROM "SegmentMember" m WHERE m."segmentId" = $1
     ${scope ? `AND m."shopperId" IN (SELECT o."shopperId" FROM "OrderShop" os JOIN "Order" o ON o.id = os."orderId" WHERE os."shopId" = $2)` : ""} ORDER BY 1`,
    scope ? [segmentId, scope] : [segmentId],
  );
  return rows.map((r) => r.id);
}

/**
 * The same audience as a SQL condition on a shopper-id expression, its parameters appended to
 * `params` — for set-based statements that narrow by a segment (automations' conditions).
 */
export async function audienceCondition(segmentId: string, shopId: string | null, now: Date, column: string, params: unknown[]): Promise<string> {
  const s = await db.segment.findUnique({ where: { id: segmentId } });
  if (!s) return "false";
  const scope = shopId ?? s.shopId;
  if (s.kind !== "LIST") return `${column} IN (SELECT s.id FROM "Shopper" s WHERE ${compileSegment(storedRules(s.rules), now, scope, params).where})`;
  const seg = `$${params.push(segmentId)}`;
  const shop = scope ? `$${params.push(scope)}` : null;
  return `${column} IN (SELECT m."shopperId" FROM "SegmentMember" m WHERE m."segmentId" = ${seg}
    ${shop ? `AND m."shopperId" IN (SELECT o."shopperId" FROM "OrderShop" os JOIN "Order" o ON o.id = os."orderId" WHERE os."shopId" = ${shop})` : ""})`;
}

/** The shoppers of a segment now, as its own shop (or the platform) reaches them. */
export const segmentMemberIds = (segmentId: string, now = new Date()) => audienceOf(segmentId, null, now);

export function listSegments(shopId: string | null) {
  return db.segment.findMany({ where: shopId ? { OR: [{ shopId }, { shopId: null }] } : {}, orderBy: { createdAt: "asc" }, select: { id: true, name: true, kind: true } });
}
