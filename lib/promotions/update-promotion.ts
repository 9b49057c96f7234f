import { db } from "@/lib/db/client";
import { bumpPricingVersion } from "@/lib/checkout/pricing-cache";
import type { StaffActor } from "@/lib/auth/actor";
import { assertCanWrite } from "@/lib/auth/guards";
import { AppError, validationError } from "@/lib/api/errors";
import { recordAudit } from "@/lib/audit/record-audit";
import { createPromotionBodySchema, type UpdatePromotionBody } from "./promotion-schemas";
import { checkOverlaps, checkPromotionConfig, promotionColumns, saveVariants } from "./promotion-columns";
import { getPromotionOrThrow } from "./get-promotion";
import { saveScopeLinks } from "./save-scope-links";
import { toPromotionDto } from "./promotion-dto";

const BACK_TO_REVIEW = new Set(["APPROVED", "SCHEDULED", "ACTIVE"]);

/**
 * Edits a promotion. The merged result is validated like a new one. Editing an approved or live
 * promotion sends it back to review (it stops applying until approved again); a rejected one
 * becomes a draft; ended and terminated promotions cannot change.
 */
export async function updatePromotion(actor: StaffActor, id: string, patch: UpdatePromotionBody, opts: { askFirst?: boolean } = {}) {
  const dto = await db.$transaction(async (tx) => {
    const before = await getPromotionOrThrow(actor, id, tx);
    assertCanWrite(actor, before.shopId, "promotion");
    if (before.status === "ENDED" || before.status === "TERMINATED") throw new AppError("INVALID_STATE", `A ${before.status} promotion cannot be edited`);
    if (patch.shopId !== undefined && patch.shopId !== before.shopId) throw new AppError("VALIDATION_FAILED", "A promotion cannot move to another shop", { shopId: "cannot change" });
    const merged = createPromotionBodySchema.safeParse({
      name: patch.name ?? before.name,
      description: patch.description ?? before.description,
      type: before.type,
      startsAt: patch.startsAt ?? before.startsAt,
      endsAt: patch.endsAt ?? before.endsAt,
      previewAt: patch.previewAt !== undefined ? patch.previewAt : before.previewAt,
      audience: patch.audience ?? before.audience,
      scope: patch.scope ?? before.scope,
      rules: patch.rules ?? before.rules,
      limits: patch.limits ?? before.limits,
      stacking: patch.stacking ?? before.stacking,
      labelPriority: patch.labelPriority ?? before.labelPriority,
      variants: patch.variants ?? before.variants.map((v) => ({ key: v.key, weight: v.weight, rules: v.rules })),
      acknowledgeFloorWarnings: patch.acknowledgeFloorWarnings,
      acknowledgeOverlaps: patch.acknowledgeOverlaps,
    });
    if (!merged.success) throw validationError(merged.error);
    const body = merged.data;
    await checkPromotionConfig(tx, before.shopId, body);
    // already acknowledged overlaps do not ask again on a later edit
    const status = BACK_TO_REVIEW.has(before.status) ? "PENDING_REVIEW" : before.status === "REJECTED" ? "DRAFT" : before.status;
    // an edit that sends it (back) to review is a submit: same-type overlaps are asked about as there
    const { overlaps, overlapAck } = await checkOverlaps(tx, id, before.shopId, body, before.overlapAck, { askFirst: opts.askFirst || status === "PENDING_REVIEW" });
    await tx.promotion.update({
      where: { id },
      data: {
        ...promotionColumns(body),
        status,
        rejectReason: status === "DRAFT" ? null : before.rejectReason,
        submittedAt: status === "PENDING_REVIEW" && before.status !== "PENDING_REVIEW" ? new Date() : before.submittedAt,
        version: { increment: 1 },
        overlapAck,
      },
    });
    const scopeAll = await saveScopeLinks(tx, id, body.scope, body.rules);
    await saveVariants(tx, id, body.variants);
    const after = await tx.promotion.update({ where: { id }, data: { scopeAll }, include: { skus: { select: { skuId: true, withdrawnAt: true } }, variants: { orderBy: { key: "asc" } } } });
    const dto = toPromotionDto(after);
    await recordAudit(tx, actor, { action: "update", entity: "promotion", entityId: id, shopId: before.shopId, before: toPromotionDto(before), after: dto });
    return { ...dto, overlaps };
  });
  await bumpPricingVersion();
  return dto;
}
