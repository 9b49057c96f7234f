import { attachRiskSubject, guardRisk } from "@/lib/risk/check-risk";
import type { Identity } from "@/lib/risk/request-identity";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/api/errors";
import { issueCoupon, toUserCouponDto } from "./issue-coupon";
import { scopeOf, type Acting } from "@/lib/auth/shopper-scope";

/**
 * Redeems a code for a coupon: a single-use code works once for anyone (conditional update of its
 * use count); a shared code works once per shopper (unique code+shopper row).
 */
export async function redeemCode(who: Acting, code: string, now = new Date(), identity: Identity = { ip: null, deviceId: null }) {
  const scope = scopeOf(who);
  const shopperId = scope.shopperId;
  const face = await db.redemptionCode.findUnique({ where: { code: code.trim() }, select: { template: { select: { shopId: true, amountOff: true, maxOff: true } } } });
  const risk = face ? await guardRisk({ action: "REDEEM", shopId: face.template.shopId, shopperId, ...identity, valueCents: face.template.amountOff ?? face.template.maxOff ?? 0 }, now) : null;
  const dto = await db.$transaction(async (tx) => {
    const row = await tx.redemptionCode.findUnique({ where: { code: code.trim() }, include: { template: true } });
    // a shop key redeems only its own shop's codes (others look unknown)
    if (!row || !row.template.active || (scope.shopId && row.template.shopId !== scope.shopId)) throw new AppError("CODE_INVALID", "This code does not exist");
    if (row.template.validTo && row.template.validTo <= now) throw new AppError("EXPIRED", "This code's coupons have expired");
    const used = await tx.redemptionCodeUse.findUnique({ where: { codeId_shopperId: { codeId: row.id, shopperId } } });
    if (used) throw new AppError("ALREADY_REDEEMED", "You have already redeemed this code");
    if (row.singleUse) {
      const n = await tx.$executeRaw`UPDATE "RedemptionCode" SET "usedCount" = "usedCount" + 1 WHERE id = ${row.id} AND "usedCount" = 0`;
      if (n === 0) throw new AppError("CODE_USED", "This code has already been used");
    } else {
      await tx.redemptionCode.update({ where: { id: row.id }, data: { usedCount: { increment: 1 } } });
    }
    await tx.redemptionCodeUse.create({ data: { codeId: row.id, shopperId } });
    const coupon = await issueCoupon(tx, row.template, shopperId, "CODE", now);
    return toUserCouponDto(coupon);
  });
  if (risk?.verdict === "REVIEW") await attachRiskSubject(risk.decisionId, dto.id);
  return dto;
}
