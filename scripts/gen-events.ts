// npm run gen:events -- --count 1000000 [--orders 100000] [--promotion ID]
// Fills the database of DATABASE_URL with analytics volume for one promotion's report: shoppers,
// paid orders (one line each, a ledger row for the promotion on a third of them, participation,
// ORDER_PAID events, a few refunds) and view / claim events up to --count events in all, spread
// over the last 30 days. Plain SQL (generate_series): 1M events take seconds, not hours.
import { parseArgs } from "node:util";
import { db } from "@/lib/db/client";

const { values } = parseArgs({ options: { count: { type: "string", default: "1000000" }, orders: { type: "string", default: "100000" }, promotion: { type: "string" } } });
const events = Number(values.count);
const orders = Number(values.orders);

const promotion = values.promotion
  ? await db.promotion.findUniqueOrThrow({ where: { id: values.promotion } })
  : await db.promotion.findFirstOrThrow({ where: { type: "FULL_REDUCTION", status: "ACTIVE", shopId: { not: null } }, orderBy: { labelPriority: "desc" } });
const sku = await db.sku.findFirstOrThrow({ where: { shopId: promotion.shopId ?? undefined }, orderBy: { price: "desc" } });
await db.promotion.update({ where: { id: promotion.id }, data: { startsAt: new Date(Date.now() - 15 * 86_400_000) } });
const t0 = Date.now();
const shoppers = Math.max(1000, Math.floor(orders / 2));
await db.$executeRawUnsafe(`
  INSERT INTO "Shopper" (id, "externalId", name, "firstOrderDone", "updatedAt")
  SELECT 'gen-s-' || g, 'gen-' || g, 'gen ' || g, true, now() FROM generate_series(1, ${shoppers}) g ON CONFLICT DO NOTHING`);
// orders over the last 30 days; every third one took part in the promotion (¥30 off)
await db.$executeRawUnsafe(`
  INSERT INTO "Order" (id, "shopperId", "idempotencyKey", status, subtotal, "itemDiscount", "orderDiscount", "couponDiscount", "shippingFee", "shippingDiscount", total, pricing, source, "expiresAt", "paidAt", "createdAt")
  SELECT 'gen-o-' || g, 'gen-s-' || (1 + g % ${shoppers}), 'gen-' || g, 'PAID', ${sku.price} * (1 + g % 3),
         0, CASE WHEN g % 3 = 0 THEN 3000 ELSE 0 END, 0, 0, 0,
         ${sku.price} * (1 + g % 3) - CASE WHEN g % 3 = 0 THEN 3000 ELSE 0 END, '{}'::jsonb, 'GEN',
         now(), now() - (g % 43200) * interval '1 minute', now() - (g % 43200) * interval '1 minute'
    FROM generate_series(1, ${orders}) g`);
await db.$executeRawUnsafe(`
  INSERT INTO "OrderShop" ("orderId", "shopId", "shippingFee", "shippingDiscount") SELECT 'gen-o-' || g, '${sku.shopId}', 0, 0 FROM generate_series(1, ${orders}) g`);
await db.$executeRawUnsafe(`
  INSERT INTO "OrderLine" (id, "orderId", "lineNo", "skuId", "shopId", quantity, "unitPrice", "listAmount", payable)
  SELECT 'gen-l-' || g, 'gen-o-' || g, 0, '${sku.id}', '${sku.shopId}', 1 + g % 3, ${sku.price}, ${sku.price} * (1 + g % 3), ${sku.price} * (1 + g % 3) - CASE WHEN g % 3 = 0 THEN 3000 ELSE 0 END
    FROM generate_series(1, ${orders}) g`);
await db.$executeRawUnsafe(`
  INSERT INTO "OrderDiscount" (id, "orderId", "orderLineId", "shopId", kind, stage, "promotionId", amount, "shopCost")
  SELECT 'gen-d-' || g, 'gen-o-' || g, 'gen-l-' || g, '${sku.shopId}', 'PROMOTION', 2, '${promotion.id}', 3000, 3000 FROM generate_series(3, ${orders}, 3) g`);
await db.$executeRawUnsafe(`
  INSERT INTO "PromotionParticipation" (id, "promotionId", "shopperId", "orderId", units, discount, status)
  SELECT 'gen-p-' || g, '${promotion.id}', 'gen-s-' || (1 + g % ${shoppers}), 'gen-o-' || g, 1, 3000, 'CONFIRMED' FROM generate_series(3, ${orders}, 3) g`);
await db.$executeRawUnsafe(`UPDATE "Order" SET status = 'REFUNDED', "refundedAmount" = total WHERE id IN (SELECT 'gen-o-' || g FROM generate_series(99, ${orders}, 99) g)`);
await db.$executeRawUnsafe(`
  INSERT INTO "AnalyticsEvent" (id, type, at, "shopperId", "shopId", "orderId", amount, "newCustomer", "dedupeKey")
  SELECT 'gen-e-paid-' || g, 'ORDER_PAID', now() - (g % 43200) * interval '1 minute', 'gen-s-' || (1 + g % ${shoppers}), '${sku.shopId}', 'gen-o-' || g, 0, g <= ${shoppers}, 'gen-paid-' || g
    FROM generate_series(1, ${orders}) g`);
const views = Math.max(0, events - orders);
await db.$executeRawUnsafe(`
  INSERT INTO "AnalyticsEvent" (id, type, at, "shopperId", "shopId", "promotionId", "dedupeKey")
  SELECT 'gen-e-v-' || g, (CASE WHEN g % 10 = 0 THEN 'COUPON_CLAIM' WHEN g % 2 = 0 THEN 'PRODUCT_VIEW' ELSE 'ACTIVITY_VIEW' END)::"EventType",
         now() - (g % 43200) * interval '1 minute', 'gen-s-' || (1 + g % ${shoppers}), '${sku.shopId}',
         CASE WHEN g % 4 = 0 THEN NULL ELSE '${promotion.id}' END, 'gen-v-' || g
    FROM generate_series(1, ${views}) g`);
await db.$executeRawUnsafe(`ANALYZE`);
console.log(`generated ${shoppers} shoppers, ${orders} orders (${Math.floor(orders / 3)} in promotion ${promotion.id}), ${orders + views} events in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
console.log(`PROMOTION_ID=${promotion.id}`);
await db.$disconnect();
