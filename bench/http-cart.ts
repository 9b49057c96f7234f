import { db } from "@/lib/db/client";
import { createApiKey } from "@/lib/api-keys/create-api-key";
import { scopeLinkRows } from "@/lib/promotions/scope-links";

/**
 * On the seeded benchmark database: 38 more live promotions (so ~50 candidates), 20 coupons for
 * the shopper, and a 20-line cart across the 3 shops. Returns an API key and the request body.
 */
export async function setupBenchCart() {
  const shops = await db.shop.findMany({ orderBy: { createdAt: "asc" } });
  const shopper = await db.shopper.findUniqueOrThrow({ where: { email: "dave@demo.test" } });
  const skus = (await Promise.all(shops.map((s) => db.sku.findMany({ where: { shopId: s.id, excludedFromPromotions: false }, orderBy: { code: "asc" }, take: 7 })))).flat().slice(0, 20);
  const now = Date.now();
  for (let i = 0; i < 38; i++) {
    const shop = shops[i % 3];
    const rules = i % 3 === 0 ? { percentOff: 3 + (i % 10) } : { basis: "AMOUNT", tiers: [{ threshold: 20000 + i * 1000, amountOff: 1000 + i * 10 }] };
    const type = i % 3 === 0 ? "DISCOUNT" : "FULL_REDUCTION";
    const links = scopeLinkRows({ all: true }, rules);
    await db.promotion.create({
      data: { shopId: i % 10 === 9 ? null : shop.id, name: `bench ${i}`, type, status: "ACTIVE", startsAt: new Date(now - 3_600_000), endsAt: new Date(now + 86_400_000), scope: { all: true }, scopeAll: true, rules, stacking: { withCoupons: true, withPlatform: true, exclusiveGroup: `bench-${i % 4}` }, skus: { create: links.skus } },
    });
  }
  const templates = await db.couponTemplate.findMany();
  for (let i = 0; i < 20; i++) {
    const t = templates[i % templates.length];
    await db.userCoupon.create({ data: { templateId: t.id, shopperId: shopper.id, source: "GRANT", validFrom: new Date(now - 3_600_000), validTo: new Date(now + (i + 1) * 86_400_000) } });
  }
  const key = await createApiKey({ kind: "system" }, { name: "bench", role: "ADMIN", shopId: null });
  const body = JSON.stringify({ userId: shopper.id, lines: skus.map((s, i) => ({ skuId: s.id, quantity: 1 + (i % 3) })) });
  return { key: key.key, body };
}
