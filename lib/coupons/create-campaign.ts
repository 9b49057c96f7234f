import { db } from "@/lib/db/client";
import type { StaffActor } from "@/lib/auth/actor";
import { AppError } from "@/lib/api/errors";
import { recordAudit } from "@/lib/audit/record-audit";
import type { CreateCampaignBody } from "./coupon-schemas";
import { getWritableTemplate } from "./get-template";

/** A claim campaign for a template; coupons claimed at its end must still be valid (SPEC §4). */
export async function createCampaign(actor: StaffActor, body: CreateCampaignBody) {
  return db.$transaction(async (tx) => {
    const t = await getWritableTemplate(actor, body.templateId, tx);
    if (t.validTo && t.validTo <= body.claimEndsAt)
      throw new AppError("VALIDATION_FAILED", "The coupons' validity must outlast the claim window", { claimEndsAt: `must be before the template's validTo (${t.validTo.toISOString()})` });
    if (body.totalQuantity > t.totalQuantity - t.issuedCount)
      throw new AppError("VALIDATION_FAILED", "More coupons than the template has left", { totalQuantity: `at most ${t.totalQuantity - t.issuedCount}` });
    const c = await tx.couponCampaign.create({
      data: {
        templateId: t.id,
        shopId: t.shopId,
        name: body.name ?? t.name,
        claimStartsAt: body.claimStartsAt,
        claimEndsAt: body.claimEndsAt,
        positions: body.positions ?? ["coupon-center"],
        audience: body.audience,
        totalQuantity: body.totalQuantity,
        perUserLimit: body.perUserLimit,
        releaseSlots: body.releaseSlots?.map((r) => ({ at: r.at.toISOString(), quantity: r.quantity })),
      },
    });
    await recordAudit(tx, actor, { action: "create", entity: "couponCampaign", entityId: c.id, shopId: t.shopId, after: c });
    return c;
  });
}
