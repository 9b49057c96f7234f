import { pgPool } from "@/lib/db/pg-pool";
import { compileSegment } from "./segment-sql";
import type { SegmentGroup } from "./segment-rules";

export type SegmentSample = { id: string; name: string };

/** How many shoppers the rules select now, and a few of them (shop staff: their shop's customers only). */
export async function segmentSize(rules: SegmentGroup, shopId: string | null, now = new Date()): Promise<{ size: number; sample: SegmentSample[] }> {
  const { where, params } = compileSegment(rules, now, shopId);
  const pool = pgPool();
  const [count, sample] = await Promise.all([
    pool.query<{ n: number }>(`SELECT count(*)::int AS n FROM "Shopper" s WHERE ${where}`, params),
    pool.query<SegmentSample>(`SELECT s.id, s.name FROM "Shopper" s WHERE ${where} ORDER BY s.id LIMIT 10`, params),
  ]);
  return { size: count.rows[0].n, sample: sample.rows };
}

/** Every shopper the rules select now, in id order (a delivery's or a grant's snapshot). */
export async function ruleMemberIds(rules: SegmentGroup, shopId: string | null, now = new Date()): Promise<string[]> {
  const { where, params } = compileSegment(rules, now, shopId);
  return (await pgPool().query<{ id: string }>(`SELECT s.id FROM "Shopper" s WHERE ${where} ORDER BY s.id`, params)).rows.map((r) => r.id);
}
