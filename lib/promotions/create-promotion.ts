import { db } from "@/lib/db/client";
import type { StaffActor } from "@/lib/auth/actor";
import { targetShop } from "@/lib/auth/guards";
import { invalidField } from "@/lib/api/errors";
import { recordAudit } from "@/lib/audit/record-audit";
import type { CreatePromotionBody } from "./promotion-schemas";
import { checkOverlaps, checkPromotionConfig, promotionColumns, saveVariants } from "./promotion-columns";
import { saveScopeLinks } from "./save-scope-links";
import { toPromotionDto } from "./promotion-dto";

/** Creates a DRAFT. A promotion without a shop, made by platform staff, is a platform promotion. */
export async function createPromotion(actor: StaffActor, body: CreatePromotionBody, opts: { askFirst?: boolean } = {}) {
  const shopId = targetShop(actor, body.shopId, true);
  return db.$transaction(async (tx) => {
    if (shopId && !(await tx.shop.findUnique({ where: { id: shopId } }))) throw invalidField("shopId", "no such shop");
    await checkPromotionConfig(tx, shopId, body);
    const { overlaps, overlapAck } = await checkOverlaps(tx, undefined, shopId, body, [], opts);
    const p = await tx.promotion.create({ data: { ...promotionColumns(body), shopId, type: body.type, createdById: actor.id, overlapAck } });
    const scopeAll = await saveScopeLinks(tx, p.id, body.scope, body.rules);
    await saveVariants(tx, p.id, body.variants);
    const saved = await tx.promotion.update({ where: { id: p.id }, data: { scopeAll }, include: { skus: { select: { skuId: true, withdrawnAt: true } }, variants: { orderBy: { key: "asc" } } } });
    const dto = toPromotionDto(saved);
    await recordAudit(tx, actor, { action: "create", entity: "promotion", entityId: p.id, shopId, after: dto });
    return { ...dto, overlaps };
  });
}
