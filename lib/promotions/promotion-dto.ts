import type { Promotion } from "@/lib/generated/prisma/client";

export function toPromotionDto(p: Promotion & { skus?: { skuId: string; withdrawnAt: Date | null }[] }) {
  return {
    id: p.id,
    name: p.name,
    description: p.description,
    type: p.type,
    shopId: p.shopId,
    status: p.status,
    startsAt: p.startsAt.toISOString(),
    endsAt: p.endsAt.toISOString(),
    previewAt: p.previewAt?.toISOString() ?? null,
    audience: p.audience,
    scope: p.scope,
    rules: p.rules,
    variants: ((p as { variants?: { key: string; weight: number; rules: unknown }[] }).variants ?? []).map((v) => ({ key: v.key, weight: v.weight, rules: v.rules })),
    limits: p.limits,
    stacking: p.stacking,
    labelPriority: p.labelPriority,
    budgetUsed: p.budgetUsed,
    stockUsed: p.stockUsed,
    rejectReason: p.rejectReason,
    terminateReason: p.terminateReason,
    endReason: p.endReason,
    withdrawnSkuIds: p.skus?.filter((s) => s.withdrawnAt).map((s) => s.skuId) ?? [],
    version: p.version,
    createdAt: p.createdAt.toISOString(),
    updatedAt: p.updatedAt.toISOString(),
  };
}
