import { z } from "zod";
import { db } from "@/lib/db/client";
import { Prisma } from "@/lib/generated/prisma/client";
import { LIVE_STATUSES } from "@/lib/checkout/load-promotions";
import { parseYuan } from "@/lib/pricing/money";

export const SEARCH_SORTS = ["relevance", "price-asc", "price-desc", "newest"] as const;
export const SEARCH_PAGE_SIZE = 24;

/** A price typed in yuan ("29.9") as cents, read by the one money parser (no float); unreadable or above ¥10,000,000: none. */
const yuanCents = z
  .string()
  .transform((v) => parseYuan(v) ?? undefined)
  .pipe(z.number().max(1_000_000_000).optional())
  .optional()
  .catch(undefined);

/** The search page's query string (bad values fall back to none; `min`/`max` typed in yuan, held in cents). */
export const searchQuerySchema = z.object({
  q: z.string().max(100).transform((s) => s.replace(/\0/g, "").trim()).catch(""),
  category: z.string().max(64).optional().catch(undefined),
  sort: z.enum(SEARCH_SORTS).catch("relevance"),
  min: yuanCents,
  max: yuanCents,
  inStock: z.literal("1").optional().catch(undefined),
  onOffer: z.literal("1").optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(1000).catch(1),
});
export type SearchQuery = z.infer<typeof searchQuerySchema>;

type Row = { id: string; name: string; nameEn: string | null; imageUrl: string | null; shopId: string; shopName: string; shopNameEn: string | null; minPrice: number; cheapestSkuId: string; inStock: boolean; total: number };

const like = (s: string) => `%${s.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/**
 * Product search (shopper basics): keyword in the Chinese or English name or the shop's name,
 * category (with its descendants), list-price range (cents) on the cheapest SKU,
 * in stock only, on offer only (a live promotion covers one of its SKUs: linked SKU, category or
 * whole shop / platform, not excluded), sorted by relevance (name matches first), price or newest.
 * One SQL statement; the page and the total come back together.
 */
export async function searchCatalogue(query: SearchQuery, now = new Date()) {
  const { q, sort, page, min, max } = query;
  const cat = query.category ? await db.category.findUnique({ where: { id: query.category }, select: { path: true } }) : null;
  if (query.category && !cat) return { items: [], total: 0, pages: 0 };
  const where: Prisma.Sql[] = [Prisma.sql`p.active`];
  if (q) where.push(Prisma.sql`(p.name ILIKE ${like(q)} OR p."nameEn" ILIKE ${like(q)} OR s.name ILIKE ${like(q)} OR s."nameEn" ILIKE ${like(q)})`);
  if (cat) where.push(Prisma.sql`c.path LIKE ${`${cat.path.replace(/[\\%_]/g, (ch) => `\\${ch}`)}%`}`);
  if (query.onOffer)
    where.push(Prisma.sql`NOT p."excludedFromPromotions" AND EXISTS (
      SELECT 1 FROM "Promotion" pr
       WHERE pr.status::text IN (${Prisma.join([...LIVE_STATUSES])}) AND pr."startsAt" <= ${now} AND pr."endsAt" > ${now} AND (pr."shopId" IS NULL OR pr."shopId" = p."shopId")
         AND (pr."scopeAll"
              OR EXISTS (SELECT 1 FROM "PromotionSku" ps JOIN "Sku" k2 ON k2.id = ps."skuId" WHERE ps."promotionId" = pr.id AND k2."productId" = p.id AND NOT ps.excluded AND ps."withdrawnAt" IS NULL)
              OR EXISTS (SELECT 1 FROM "PromotionCategory" pc JOIN "Category" c2 ON c2.id = pc."categoryId" WHERE pc."promotionId" = pr.id AND c.path LIKE c2.path || '%')))`);
  const having: Prisma.Sql[] = [Prisma.sql`TRUE`];
  if (min !== undefined) having.push(Prisma.sql`MIN(k.price) >= ${min}`);
  if (max !== undefined) having.push(Prisma.sql`MIN(k.price) <= ${max}`);
  if (query.inStock) having.push(Prisma.sql`bool_or(k.stock > 0)`);
  const order =
    sort === "price-asc" ? Prisma.sql`"minPrice" ASC, p.id` : sort === "price-desc" ? Prisma.sql`"minPrice" DESC, p.id` : sort === "newest" ? Prisma.sql`p."createdAt" DESC, p.id` : q ? Prisma.sql`(p.name ILIKE ${like(q)} OR p."nameEn" ILIKE ${like(q)}) DESC, p."createdAt" ASC, p.id` : Prisma.sql`p."createdAt" ASC, p.id`;
  const rows = await db.$queryRaw<Row[]>`
    SELECT p.id, p.name, p."nameEn", p."imageUrl", s.id AS "shopId", s.name AS "shopName", s."nameEn" AS "shopNameEn",
           MIN(k.price)::int AS "minPrice",
           (array_agg(k.id ORDER BY k.price, k.id))[1] AS "cheapestSkuId",
           bool_or(k.stock > 0) AS "inStock",
           (COUNT(*) OVER ())::int AS total
      FROM "Product" p
      JOIN "Shop" s ON s.id = p."shopId" AND s.active
      JOIN "Sku" k ON k."productId" = p.id
      LEFT JOIN "Category" c ON c.id = p."categoryId"
     WHERE ${Prisma.join(where, " AND ")}
     GROUP BY p.id, s.id, c.path
    HAVING ${Prisma.join(having, " AND ")}
     ORDER BY ${order}
     LIMIT ${SEARCH_PAGE_SIZE} OFFSET ${(page - 1) * SEARCH_PAGE_SIZE}`;
  const total = rows[0]?.total ?? 0;
  return {
    items: rows.map((r) => ({ id: r.id, name: r.name, nameEn: r.nameEn, imageUrl: r.imageUrl, shop: { id: r.shopId, name: r.shopName, nameEn: r.shopNameEn }, minPrice: r.minPrice, cheapestSkuId: r.cheapestSkuId, inStock: r.inStock })),
    total,
    pages: Math.ceil(total / SEARCH_PAGE_SIZE),
  };
}
