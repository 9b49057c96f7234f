import type { CouponTemplate } from "@/lib/generated/prisma/client";

export const toCouponTemplateDto = (t: CouponTemplate) => ({
  ...t,
  validFrom: t.validFrom?.toISOString() ?? null,
  validTo: t.validTo?.toISOString() ?? null,
  createdAt: t.createdAt.toISOString(),
  updatedAt: t.updatedAt.toISOString(),
});
