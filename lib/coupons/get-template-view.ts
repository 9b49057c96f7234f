import { db } from "@/lib/db/client";
import type { StaffActor } from "@/lib/auth/actor";
import { assertCanRead } from "@/lib/auth/guards";
import { notFound } from "@/lib/api/errors";
import { codesLeft } from "./generate-codes";

/** A template with its campaigns, code jobs and usage by state (the template's overview page). */
export async function getTemplateView(actor: StaffActor, id: string) {
  const t = await db.couponTemplate.findUnique({ where: { id }, include: { campaigns: { orderBy: { createdAt: "desc" } }, shop: { select: { name: true } } } });
  if (!t) throw notFound("coupon template");
  assertCanRead(actor, t.shopId, "coupon template");
  const [byState, jobs, codes, left] = await Promise.all([
    db.userCoupon.groupBy({ by: ["state"], where: { templateId: id }, _count: { _all: true } }),
    db.job.findMany({ where: { type: { in: ["coupon-codes", "coupon-code-shared"] }, params: { path: ["templateId"], equals: id } }, orderBy: { createdAt: "desc" }, take: 10 }),
    db.redemptionCode.groupBy({ by: ["singleUse"], where: { templateId: id }, _count: { _all: true }, _sum: { usedCount: true } }),
    codesLeft(db, t),
  ]);
  return {
    template: t,
    usage: Object.fromEntries(byState.map((s) => [s.state, s._count._all])) as Record<string, number>,
    jobs,
    codes: codes.map((c) => ({ singleUse: c.singleUse, count: c._count._all, used: c._sum.usedCount ?? 0 })),
    codesLeft: left,
  };
}
