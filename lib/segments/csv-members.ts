import { parse } from "csv-parse/sync";
import { AppError } from "@/lib/api/errors";
import { pgPool } from "@/lib/db/pg-pool";

export type CsvReport = { shopperIds: string[]; rows: number; unknownRows: { row: number; value: string }[] };

const MAX_ROWS = 200_000;
const HEADER = /^(external_?id|email|id|用户|手机号|邮箱)$/i;

/**
 * An uploaded list (SPEC §9): the first column of each row is a shopper's external id or email.
 * Malformed rows (empty, too long, control characters) refuse the upload naming the row; rows
 * that name nobody (or, for shop staff, a shopper who never ordered in the shop) are reported and
 * left out. Matching is one query for the whole file.
 */
export async function csvMembers(csv: string, shopId: string | null): Promise<CsvReport> {
  let records: string[][];
  try {
    records = parse(csv, { relax_column_count: true, skip_empty_lines: true, trim: true, bom: true });
  } catch (e) {
    throw new AppError("VALIDATION_FAILED", "The CSV cannot be read", { csv: (e as Error).message.slice(0, 200) });
  }
  const values = records.map((r) => r[0] ?? "");
  const start = values.length && HEADER.test(values[0]) ? 1 : 0;
  if (values.length - start > MAX_ROWS) throw new AppError("VALIDATION_FAILED", "The CSV is too long", { csv: `at most ${MAX_ROWS} rows` });
  const bad: Record<string, string> = {};
  for (let i = start; i < values.length; i++) {
    const v = values[i];
    if (!v || v.length > 200 || /[\u0000-\u001f]/.test(v)) bad[`csv.${i + 1}`] = !v ? "is empty" : v.length > 200 ? "longer than 200 characters" : "contains control characters";
    if (Object.keys(bad).length >= 20) break;
  }
  if (Object.keys(bad).length) throw new AppError("VALIDATION_FAILED", "Some rows of the CSV are malformed; nothing was saved", bad);
  const wanted = values.slice(start);
  const { rows } = await pgPool().query<{ v: string; id: string }>(
    `SELECT m.v, m.id FROM (
       SELECT x.v, s.id FROM unnest($1::text[]) AS x(v) JOIN "Shopper" s ON s."externalId" = x.v
       UNION SELECT x.v, s.id FROM unnest($1::text[]) AS x(v) JOIN "Shopper" s ON s.email = x.v) m
     ${shopId ? `WHERE EXISTS (SELECT 1 FROM "OrderShop" os JOIN "Order" o ON o.id = os."orderId" WHERE o."shopperId" = m.id AND os."shopId" = $2)` : ""}`,
    shopId ? [wanted, shopId] : [wanted],
  );
  const found = new Map(rows.map((r) => [r.v, r.id]));
  const unknownRows = wanted.flatMap((v, i) => (found.has(v) ? [] : [{ row: i + start + 1, value: v }]));
  return { shopperIds: [...new Set(rows.map((r) => r.id))].sort(), rows: wanted.length, unknownRows };
}
