import { db } from "@/lib/db/client";
import { bumpPricingVersion } from "@/lib/checkout/pricing-cache";
import type { StaffActor } from "@/lib/auth/actor";
import { assertCanWrite } from "@/lib/auth/guards";
import { AppError } from "@/lib/api/errors";
import { recordAudit } from "@/lib/audit/record-audit";
import { emitEvent } from "@/lib/webhooks/webhook-events";
import type { PromotionStatus } from "@/lib/generated/prisma/enums";
import { getPromotionOrThrow } from "./get-promotion";
import { toPromotionDto } from "./promotion-dto";
import { rebuildCounters } from "@/lib/flash-sale/flash-counters";
import type { Scope } from "@/lib/pricing/promotion-config";
import { findOverlaps } from "./overlaps";

type Change = { from: PromotionStatus[]; to: (now: Date, p: { startsAt: Date }) => PromotionStatus; data?: (reason?: string) => object };

// The lifecycle of SPEC §3. Each change is a conditional update (status must still be one of
// `from`), so two approvers clicking at once make one change and one 409.
const changes = {
  submit: { from: ["DRAFT", "REJECTED"], to: () => "PENDING_REVIEW", data: () => ({ submittedAt: new Date(), rejectReason: null }) },
  approve: { from: ["PENDING_REVIEW"], to: (now, p) => (p.startsAt <= now ? "ACTIVE" : "SCHEDULED") },
  reject: { from: ["PENDING_REVIEW"], to: () => "REJECTED", data: (reason) => ({ rejectReason: reason }) },
  terminate: { from: ["APPROVED", "SCHEDULED", "ACTIVE"], to: () => "TERMINATED", data: (reason) => ({ terminateReason: reason, endReason: "TERMINATED" }) },
} satisfies Record<string, Change>;

export type LifecycleAction = keyof typeof changes;

export async function changePromotionStatus(actor: StaffActor, id: string, action: LifecycleAction, reason?: string, now = new Date(), opts: { acknowledgeOverlaps?: boolean } = {}) {
  const dto = await db.$transaction(async (tx) => {
    const before = await getPromotionOrThrow(actor, id, tx);
    assertCanWrite(actor, before.shopId, "promotion");
    if (action === "submit") {
      // same-type promotions that went live since the draft was saved need an acknowledgement too
      const overlaps = await findOverlaps(tx, { id, shopId: before.shopId, type: before.type, startsAt: before.startsAt, endsAt: before.endsAt, scope: before.scope as Scope, rules: before.rules });
      const fresh = overlaps.filter((o) => o.sameType && !before.overlapAck.includes(o.id));
      if (fresh.length && !opts.acknowledgeOverlaps)
        throw new AppError("OVERLAP_WARNING", `Overlaps ${fresh.length} live or scheduled promotion(s) of the same type; send acknowledgeOverlaps: true to submit anyway`, undefined, { overlaps });
      if (fresh.length) await tx.promotion.update({ where: { id }, data: { overlapAck: [...before.overlapAck, ...fresh.map((o) => o.id)] } });
    }
    const change: Change = changes[action];
    const to = change.to(now, before);
    if (action === "approve" && before.endsAt <= now) throw new AppError("INVALID_STATE", "The promotion's end time has passed; edit its dates first");
    const n = await tx.promotion.updateMany({
      where: { id, status: { in: change.from } },
      data: { status: to, ...(change.data?.(reason) ?? {}), ...(action === "approve" ? { approvedById: actor.id, approvedAt: now } : {}) },
    });
    if (n.count === 0) throw new AppError("INVALID_STATE", `Cannot ${action} a promotion that is ${before.status}`);
    const after = await getPromotionOrThrow(actor, id, tx);
    await recordAudit(tx, actor, { action, entity: "promotion", entityId: id, shopId: before.shopId, before: { status: before.status }, after: { status: after.status, ...(reason ? { reason } : {}) } });
    if (to === "ACTIVE" || to === "TERMINATED") await emitEvent(tx, to === "ACTIVE" ? "promotion.activated" : "promotion.ended", [before.shopId], { promotionId: id, name: before.name, type: before.type, shopId: before.shopId, status: to, ...(reason ? { reason } : {}) }, now);
    return toPromotionDto(after);
  });
  await bumpPricingVersion();
  // a flash sale's Redis counters are loaded when it is approved, and reloaded when it ends early
  if (dto.type === "FLASH_SALE" && (action === "approve" || action === "terminate")) await syncFlashCounters(id);
  return dto;
}

/** 人工撤出: SKUs leave a live promotion at once; no review needed. */
export async function withdrawItems(actor: StaffActor, id: string, skuIds: string[], now = new Date()) {
  const dto = await db.$transaction(async (tx) => {
    const before = await getPromotionOrThrow(actor, id, tx);
    assertCanWrite(actor, before.shopId, "promotion");
    if (!["APPROVED", "SCHEDULED", "ACTIVE"].includes(before.status)) throw new AppError("INVALID_STATE", `Items are withdrawn from approved or live promotions, not ${before.status} ones`);
    const known = new Set(before.skus.map((s) => s.skuId));
    const scope = before.scope as { all?: boolean; categoryIds?: string[] };
    const rows = await tx.sku.findMany({ where: { id: { in: skuIds } }, select: { id: true, shopId: true, product: { select: { category: { select: { path: true } } } } } });
    const inCategory = (r: (typeof rows)[number]) => Boolean(scope.categoryIds?.some((c) => r.product.category?.path.split("/").includes(c)));
    const problems: Record<string, string> = {};
    skuIds.forEach((s, i) => {
      const r = rows.find((x) => x.id === s);
      if (!r) problems[`skuIds.${i}`] = "no such SKU";
      else if (before.shopId && r.shopId !== before.shopId) problems[`skuIds.${i}`] = "another shop's SKU";
      else if (!known.has(s) && !scope.all && !inCategory(r)) problems[`skuIds.${i}`] = "not in this promotion";
    });
    if (Object.keys(problems).length) throw new AppError("VALIDATION_FAILED", "SKUs not in this promotion", problems);
    for (const skuId of skuIds) {
      await tx.promotionSku.upsert({ where: { promotionId_skuId: { promotionId: id, skuId } }, create: { promotionId: id, skuId, excluded: false, withdrawnAt: now }, update: { withdrawnAt: now } });
    }
    const after = await getPromotionOrThrow(actor, id, tx);
    await recordAudit(tx, actor, { action: "withdraw-items", entity: "promotion", entityId: id, shopId: before.shopId, before: { withdrawn: before.skus.filter((s) => s.withdrawnAt).map((s) => s.skuId) }, after: { withdrawn: skuIds } });
    return toPromotionDto(after);
  });
  await bumpPricingVersion();
  if (dto.type === "FLASH_SALE") await syncFlashCounters(id);
  return dto;
}

async function syncFlashCounters(id: string) {
  await rebuildCounters(id).catch((e) => console.error("could not load flash-sale counters (the first attempt will)", e));
}
