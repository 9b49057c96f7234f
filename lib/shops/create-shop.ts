import { db } from "@/lib/db/client";
import { bumpPricingVersion } from "@/lib/checkout/pricing-cache";
import type { StaffActor } from "@/lib/auth/actor";
import { forbidden } from "@/lib/api/errors";
import { recordAudit } from "@/lib/audit/record-audit";
import type { CreateShopBody, UpdateShopBody } from "./shop-schemas";
import { notFound } from "@/lib/api/errors";

export async function createShop(actor: StaffActor, body: CreateShopBody) {
  if (actor.shopId) throw forbidden("Only platform staff create shops");
  const out = await db.$transaction(async (tx) => {
    const shop = await tx.shop.create({
      data: { name: body.name, nameEn: body.nameEn, shippingFee: body.shippingFee, freeShippingThreshold: body.freeShippingThreshold ?? null, timeZone: body.timeZone, refundAutoApproveBelow: body.refundAutoApproveBelow },
    });
    await recordAudit(tx, actor, { action: "create", entity: "shop", entityId: shop.id, shopId: shop.id, after: shop });
    return shop;
  });
  // read your writes: previews on every instance see it at once
  await bumpPricingVersion();
  return out;
}

/** A shop's settings: its own ADMIN, or platform ADMIN. Audited with before and after. */
export async function updateShop(actor: StaffActor, shopId: string, body: UpdateShopBody) {
  if (actor.shopId && actor.shopId !== shopId) throw notFound("shop");
  const out = await db.$transaction(async (tx) => {
    const before = await tx.shop.findUnique({ where: { id: shopId } });
    if (!before) throw notFound("shop");
    const after = await tx.shop.update({ where: { id: shopId }, data: body });
    await recordAudit(tx, actor, { action: "update", entity: "shop", entityId: shopId, shopId, before, after });
    return after;
  });
  await bumpPricingVersion();
  return out;
}
