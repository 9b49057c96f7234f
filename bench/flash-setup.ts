import { writeFileSync } from "node:fs";
import { db } from "@/lib/db/client";
import { createApiKey } from "@/lib/api-keys/create-api-key";
import { scopeLinkRows } from "@/lib/promotions/scope-links";

/** 10,000 shoppers (ids written to a file for the load generator) and a platform API key. */
export async function setupFlashShoppers(file: string, count = 10_000) {
  await db.shopper.createMany({ data: Array.from({ length: count }, (_, i) => ({ name: `bench ${i}`, externalId: `bench-fs-${i}`, firstOrderDone: true })) });
  const ids = (await db.shopper.findMany({ where: { externalId: { startsWith: "bench-fs-" } }, select: { id: true } })).map((s) => s.id);
  writeFileSync(file, JSON.stringify(ids));
  const key = await createApiKey({ kind: "system" }, { name: "bench-flash", role: "ADMIN", shopId: null });
  return { key: key.key, count: ids.length };
}

/** A live flash sale of `stock` units (limit 1 per shopper) on a SKU with plenty of stock. */
export async function createFlashSale(name: string, stock: number) {
  const sku = await db.sku.findFirstOrThrow({ where: { code: "WATCH-42" } });
  await db.sku.update({ where: { id: sku.id }, data: { stock: { increment: stock * 10 } } });
  const rules = { items: [{ skuId: sku.id, flashPrice: 9900, stock, perUserLimit: 1 }] };
  const links = scopeLinkRows({ skuIds: [sku.id] }, rules);
  const now = Date.now();
  const p = await db.promotion.create({
    data: {
      shopId: sku.shopId,
      name,
      type: "FLASH_SALE",
      status: "ACTIVE",
      startsAt: new Date(now - 60_000),
      endsAt: new Date(now + 3_600_000),
      scope: { skuIds: [sku.id] },
      scopeAll: false,
      rules,
      stacking: { withCoupons: false, withPlatform: false, withOrderPromotions: false },
      skus: { create: links.skus },
    },
  });
  return { promotionId: p.id, skuId: sku.id, stock };
}

/** Oversell as the database sees it: orders at the flash price beyond the stock. */
export async function flashSold(promotionId: string, stock: number) {
  const rows = await db.$queryRaw<{ orders: number; shoppers: number }[]>`
    SELECT count(DISTINCT o.id)::int AS orders, count(DISTINCT o."shopperId")::int AS shoppers
    FROM "Order" o JOIN "OrderLine" l ON l."orderId" = o.id WHERE l."itemOfferPromotionId" = ${promotionId} AND o.status <> 'CANCELLED'`;
  const { orders, shoppers } = rows[0];
  return { orders, shoppers, oversell: Math.max(0, orders - stock), shopperTwice: orders - shoppers };
}
