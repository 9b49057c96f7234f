import type { Shopper } from "@/lib/generated/prisma/client";

export function toShopperDto(s: Shopper) {
  return {
    id: s.id,
    externalId: s.externalId,
    name: s.name,
    email: s.email,
    memberLevel: s.memberLevel,
    growth: s.growth,
    points: s.points,
    tags: s.tags,
    region: s.region,
    birthday: s.birthday ? s.birthday.toISOString().slice(0, 10) : null,
    firstOrderDone: s.firstOrderDone,
  };
}
