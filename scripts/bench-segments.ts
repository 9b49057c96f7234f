// npm run bench:segments [-- --shoppers 1000000 --orders 2000000] — prints figures, asserts nothing
// (issue 13). A database of its own (promo_bench_segments, demo data + generated volume: shoppers
// with levels, regions, tags and birthdays, paid orders over the last year, coupon claims and venue
// views — plain SQL with generate_series), then rule segments evaluated the way the product does
// (lib/segments: one set-based predicate): the size, and the full member list a delivery snapshots.
import { parseArgs } from "node:util";
import { prepareBenchDatabase } from "../bench/server";

const { values } = parseArgs({ options: { shoppers: { type: "string", default: "1000000" }, orders: { type: "string", default: "2000000" } } });
const SHOPPERS = Number(values.shoppers);
const ORDERS = Number(values.orders);
const DB = "promo_bench_segments";
process.env.DATABASE_URL = `postgresql://postgres@127.0.0.1:5432/${DB}`;
prepareBenchDatabase(DB);

const { db } = await import("@/lib/db/client");
const { pgPool } = await import("@/lib/db/pg-pool");
const { segmentSize, ruleMemberIds } = await import("@/lib/segments/evaluate-segment");
const { segmentRulesSchema } = await import("@/lib/segments/segment-rules");

const shop = await db.shop.findFirstOrThrow({ orderBy: { createdAt: "asc" } });
const template = await db.couponTemplate.findFirstOrThrow({ orderBy: { createdAt: "asc" } });
const promotion = await db.promotion.findFirstOrThrow({ orderBy: { createdAt: "asc" } });
let t = Date.now();
const run = (sql: string) => db.$executeRawUnsafe(sql);
await run(`INSERT INTO "Shopper" (id, "externalId", name, "memberLevel", region, tags, birthday, "firstOrderDone", "createdAt", "updatedAt")
  SELECT 'bs-' || g, 'bs-' || g, 'bench ' || g, 'V' || (1 + g % 4), (ARRAY['上海','北京','广州','深圳','杭州','成都'])[1 + g % 6],
         CASE WHEN g % 7 = 0 THEN ARRAY['学生'] WHEN g % 11 = 0 THEN ARRAY['宝妈','vip'] ELSE ARRAY[]::text[] END,
         date '1970-01-01' + (g % 12000), g % 5 <> 0, now() - interval '400 days', now()
    FROM generate_series(1, ${SHOPPERS}) g`);
await run(`INSERT INTO "Order" (id, "shopperId", "idempotencyKey", status, subtotal, "itemDiscount", "orderDiscount", "couponDiscount", "shippingFee", "shippingDiscount", total, pricing, source, "expiresAt", "paidAt", "createdAt")
  SELECT 'bo-' || g, 'bs-' || (1 + (g::bigint * 7919) % ${SHOPPERS}), 'bo-' || g, 'PAID', 1000 + (g * 37) % 90000, 0, 0, 0, 0, 0, 1000 + (g * 37) % 90000, '{}'::jsonb, 'GEN',
         now(), now() - ((g * 13) % 525600) * interval '1 minute', now() - ((g * 13) % 525600) * interval '1 minute'
    FROM generate_series(1, ${ORDERS}) g`);
await run(`INSERT INTO "OrderShop" ("orderId", "shopId", "shippingFee", "shippingDiscount") SELECT 'bo-' || g, '${shop.id}', 0, 0 FROM generate_series(1, ${ORDERS}) g`);
await run(`INSERT INTO "UserCoupon" (id, "templateId", "shopperId", source, "validFrom", "validTo", "createdAt") SELECT 'bc-' || g, '${template.id}', 'bs-' || (g * 3), 'GRANT', now(), now() + interval '7 days', now() FROM generate_series(1, ${Math.floor(SHOPPERS / 10)}) g`);
await run(`INSERT INTO "AnalyticsEvent" (id, type, at, "shopperId", "promotionId") SELECT 'be-' || g, 'ACTIVITY_VIEW', now() - (g % 10080) * interval '1 minute', 'bs-' || (g * 5), '${promotion.id}' FROM generate_series(1, ${Math.floor(SHOPPERS / 5)}) g`);
await run(`ANALYZE`);
console.log(`generated ${SHOPPERS.toLocaleString()} shoppers, ${ORDERS.toLocaleString()} paid orders, ${(SHOPPERS / 10).toLocaleString()} coupons, ${(SHOPPERS / 5).toLocaleString()} venue views in ${((Date.now() - t) / 1000).toFixed(1)} s`);

const cases: [string, unknown][] = [
  ["high value ≥ ¥500 in 90 days AND level V3/V4", { op: "AND", conditions: [{ type: "HIGH_VALUE", minSpent: 50_000, days: 90 }, { type: "MEMBER_LEVEL", levels: ["V3", "V4"] }] }],
  ["silent 60 days AND (上海 OR 北京) AND tag 学生", { op: "AND", conditions: [{ type: "SILENT", days: 60 }, { op: "OR", conditions: [{ type: "REGION", regions: ["上海"] }, { type: "REGION", regions: ["北京"] }] }, { type: "TAG", tags: ["学生"] }] }],
  ["viewed the venue in 7 days without ordering OR claimed the coupon", { op: "OR", conditions: [{ type: "VIEWED_NO_ORDER", promotionId: promotion.id, days: 7 }, { type: "COUPON", templateId: template.id }] }],
  ["birthday in December AND new user", { op: "AND", conditions: [{ type: "BIRTHDAY_MONTH", months: [12] }, { type: "NEW_USER" }] }],
];
for (const [label, raw] of cases) {
  const rules = segmentRulesSchema.parse(raw);
  t = Date.now();
  const { size } = await segmentSize(rules, null);
  const sizeMs = Date.now() - t;
  t = Date.now();
  const ids = await ruleMemberIds(rules, null);
  const listMs = Date.now() - t;
  t = Date.now();
  const shopScoped = (await segmentSize(rules, shop.id)).size;
  console.log(`${label}: ${size.toLocaleString()} members · size + sample ${sizeMs} ms · member list ${listMs} ms (${ids.length.toLocaleString()} ids) · as shop staff ${shopScoped.toLocaleString()} in ${Date.now() - t} ms`);
}
await db.$disconnect();
await pgPool().end();
