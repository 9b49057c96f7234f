import { db } from "@/lib/db/client";
import { bumpPricingVersion } from "@/lib/checkout/pricing-cache";
import type { StaffActor } from "@/lib/auth/actor";
import { targetShop } from "@/lib/auth/guards";
import { invalidField } from "@/lib/api/errors";
import { recordAudit } from "@/lib/audit/record-audit";
import { assertReferences } from "@/lib/promotions/assert-references";
import type { CreateCouponTemplateBody } from "./coupon-schemas";
import { toCouponTemplateDto } from "./coupon-template-dto";

export async function createCouponTemplate(actor: StaffActor, body: CreateCouponTemplateBody) {
  const shopId = targetShop(actor, body.shopId, true);
  const out = await db.$transaction(async (tx) => {
    if (body.exchangeSkuId) {
      const sku = await tx.sku.findUnique({ where: { id: body.exchangeSkuId } });
      if (!sku) throw invalidField("exchangeSkuId", "no such SKU");
      if (shopId && sku.shopId !== shopId) throw invalidField("exchangeSkuId", "belongs to another shop");
    }
    await assertReferences(tx, shopId, body.scope, {});
    const platformShare = body.platformShare ?? (shopId ? 0 : 100);
    const t = await tx.couponTemplate.create({
      data: {
        shopId,
        name: body.name,
        description: body.description ?? "",
        kind: body.kind,
        amountOff: body.amountOff ?? null,
        percentOff: body.percentOff ?? null,
        maxOff: body.maxOff ?? null,
        exchangeSkuId: body.exchangeSkuId ?? null,
        threshold: body.threshold,
        scope: body.scope,
        audience: body.audience,
        validFrom: body.validFrom ?? null,
        validTo: body.validTo ?? null,
        validDays: body.validDays ?? null,
        stacksWithPromotions: body.stacksWithPromotions,
        totalQuantity: body.totalQuantity,
        budget: body.budget ?? null,
        platformShare,
        shopShare: 100 - platformShare,
        createdById: actor.id,
      },
    });
    const dto = toCouponTemplateDto(t);
    await recordAudit(tx, actor, { action: "create", entity: "couponTemplate", entityId: t.id, shopId, after: dto });
    return dto;
  });
  // read your writes: previews on every instance see it at once
  await bumpPricingVersion();
  return out;
}
