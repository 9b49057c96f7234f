import { db } from "@/lib/db/client";
import { bumpPricingVersion } from "@/lib/checkout/pricing-cache";
import type { StaffActor } from "@/lib/auth/actor";
import { forbidden } from "@/lib/api/errors";
import { recordAudit } from "@/lib/audit/record-audit";
import type { CreateShopBody } from "./shop-schemas";

export async function createShop(actor: StaffActor, body: CreateShopBody) {
  if (actor.shopId) throw forbidden("Only platform staff create shops");
  const out = await db.$transaction(async (tx) => {
    const shop = await tx.shop.create({
      data: { name: body.name, nameEn: body.nameEn, shippingFee: body.shippingFee, freeShippingThreshold: body.freeShippingThreshold ?? null },
    });
    await recordAudit(tx, actor, { action: "create", entity: "shop", entityId: shop.id, shopId: shop.id, after: shop });
    return shop;
  });
  // read your writes: previews on every instance see it at once
  await bumpPricingVersion();
  return out;
}
