import { db } from "@/lib/db/client";
import { redis } from "@/lib/redis/client";
import { clearPricingCache } from "@/lib/checkout/pricing-cache";
import type { StaffActor } from "@/lib/auth/actor";
import type { StaffRole } from "@/lib/generated/prisma/enums";

export async function resetDb() {
  const tables = await db.$queryRaw<{ tablename: string }[]>`SELECT tablename::text FROM pg_tables WHERE schemaname = 'public' AND tablename <> '_prisma_migrations'`;
  await db.$executeRawUnsafe(`TRUNCATE ${tables.map((t) => `"${t.tablename}"`).join(", ")} CASCADE`);
  await redis.flushdb();
  clearPricingCache();
}

/**
 * A shop for tests. Refunds are approved at once unless a test asks for the shop's decision
 * (`refundAutoApproveBelow`), so tests about refund arithmetic need no approval step.
 */
export async function makeShop(name: string, shippingFee = 1000, o: { refundAutoApproveBelow?: number } = {}) {
  return db.shop.create({ data: { name, shippingFee, freeShippingThreshold: 9900, refundAutoApproveBelow: o.refundAutoApproveBelow ?? 1_000_000_000 } });
}

let n = 0;
export async function makeStaff(role: StaffRole, shopId: string | null): Promise<StaffActor> {
  const row = await db.staffUser.create({ data: { email: `staff${++n}-${Date.now()}@t.test`, name: `Staff ${n}`, role, shopId, passwordHash: "x" } });
  return { kind: "staff", id: row.id, name: row.name, role, shopId, via: "session" };
}

export const skuBody = (code: string, price = 1000) => ({ code, price, stock: 10 });

import { scopeLinkRows } from "@/lib/promotions/scope-links";
import type { Prisma } from "@/lib/generated/prisma/client";

export async function makeSku(shopId: string, price: number, o: { stock?: number; floorPrice?: number; code?: string } = {}) {
  const product = await db.product.create({
    data: { shopId, name: `P${++n}`, skus: { create: { shopId, code: o.code ?? `SKU-${n}-${Math.random().toString(36).slice(2, 8)}`, price, stock: o.stock ?? 1000, floorPrice: o.floorPrice ?? null } } },
    include: { skus: true },
  });
  return product.skus[0];
}

export async function makeShopper(o: { firstOrderDone?: boolean; memberLevel?: string } = {}) {
  return db.shopper.create({ data: { name: `Shopper ${++n}`, externalId: `ext-${n}-${Date.now()}`, firstOrderDone: o.firstOrderDone ?? true, memberLevel: o.memberLevel ?? "V1" } });
}

type PromoData = { shopId: string | null; type: Prisma.PromotionCreateInput["type"]; rules: object; scope?: { all?: boolean; skuIds?: string[] }; limits?: object; stacking?: object; status?: Prisma.PromotionCreateInput["status"]; startsAt?: Date; endsAt?: Date };

export async function makePromotion(d: PromoData) {
  const scope = d.scope ?? { all: true };
  const links = scopeLinkRows(scope, d.rules);
  return db.promotion.create({
    data: {
      shopId: d.shopId,
      name: `${d.type} ${++n}`,
      type: d.type,
      status: d.status ?? "ACTIVE",
      startsAt: d.startsAt ?? new Date(Date.now() - 3_600_000),
      endsAt: d.endsAt ?? new Date(Date.now() + 86_400_000),
      scope,
      scopeAll: links.scopeAll,
      rules: d.rules,
      limits: d.limits ?? {},
      stacking: d.stacking ?? { withCoupons: true, withPlatform: true },
      skus: { create: links.skus },
    },
  });
}

export async function makeCoupon(shopperId: string, t: { shopId: string | null; amountOff?: number; threshold?: number; budget?: number; validTo?: Date; platformShare?: number; shopShare?: number }) {
  const template = await db.couponTemplate.create({
    data: { shopId: t.shopId, name: `Coupon ${++n}`, kind: "AMOUNT_OFF", amountOff: t.amountOff ?? 1000, threshold: t.threshold ?? 0, totalQuantity: 1000, budget: t.budget ?? null, platformShare: t.platformShare ?? 0, shopShare: t.shopShare ?? 100 },
  });
  return db.userCoupon.create({ data: { templateId: template.id, shopperId, source: "GRANT", validFrom: new Date(Date.now() - 3_600_000), validTo: t.validTo ?? new Date(Date.now() + 7 * 86_400_000) } });
}

/** A shopper who has ordered in `shopId` (shop staff reach only such shoppers, SPEC §9). */
export async function makeCustomer(shopId: string, o: { firstOrderDone?: boolean } = {}) {
  const shopper = await makeShopper(o);
  await db.order.create({
    data: {
      shopperId: shopper.id, idempotencyKey: `customer-${shopper.id}`, status: "CANCELLED", subtotal: 0, itemDiscount: 0, orderDiscount: 0, couponDiscount: 0, shippingFee: 0, shippingDiscount: 0, total: 0,
      pricing: {}, expiresAt: new Date(), shops: { create: { shopId, shippingFee: 0, shippingDiscount: 0 } },
    },
  });
  return shopper;
}
