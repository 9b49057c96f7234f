import { db } from "@/lib/db/client";
import { groupBuyRulesSchema } from "@/lib/pricing/promotion-rules";
import type { StaffActor } from "@/lib/auth/actor";
import { groupWithOrders } from "./group-membership";
import { skuLabel } from "@/lib/i18n/local-name";

type Locale = "zh" | "en";
const mask = (name: string) => (name.length <= 1 ? "*" : `${name[0]}**`);

/** A group as shoppers see it (share page): product, prices, members (names masked), seats, time. */
export async function groupView(groupId: string, locale: Locale) {
  const g = await groupWithOrders(groupId);
  if (!g) return null;
  const [promotion, sku, shoppers] = await Promise.all([
    db.promotion.findUniqueOrThrow({ where: { id: g.promotionId }, select: { id: true, name: true, rules: true } }),
    db.sku.findUniqueOrThrow({ where: { id: g.skuId }, include: { product: { select: { id: true, name: true, nameEn: true, imageUrl: true } } } }),
    db.shopper.findMany({ where: { id: { in: g.members.map((m) => m.shopperId) } }, select: { id: true, name: true } }),
  ]);
  // what the engine charges: a floor price wins over a lower configured group price (shown = charged)
  const groupPrice = Math.max(groupBuyRulesSchema.parse(promotion.rules).items.find((i) => i.skuId === g.skuId)?.groupPrice ?? sku.price, sku.floorPrice ?? 0);
  return {
    id: g.id,
    status: g.status,
    virtual: g.virtual,
    size: g.size,
    expiresAt: g.expiresAt,
    promotion: { id: promotion.id, name: promotion.name },
    product: { id: sku.product.id, name: skuLabel(sku.product, sku.name, locale), imageUrl: sku.product.imageUrl },
    listPrice: sku.price,
    groupPrice,
    leaderPaid: g.members.find((m) => m.leader)?.order.status === "PAID",
    members: g.members.map((m) => ({ shopperId: m.shopperId, name: mask(shoppers.find((s) => s.id === m.shopperId)?.name ?? "?"), leader: m.leader, paid: m.order.status === "PAID" || m.order.status === "COMPLETED", orderId: m.orderId })),
  };
}

/** The admins' list of groups of their scope's group buys, newest first. */
export async function listGroups(actor: StaffActor, viewShopId: string | null, take = 100) {
  const shopId = actor.shopId ?? viewShopId;
  const groups = await db.groupBuyGroup.findMany({
    where: shopId ? { promotion: { shopId } } : {},
    orderBy: { createdAt: "desc" },
    take,
    include: { promotion: { select: { name: true } }, _count: { select: { members: true } } },
  });
  const leaders = await db.shopper.findMany({ where: { id: { in: groups.map((g) => g.leaderId) } }, select: { id: true, name: true } });
  return groups.map((g) => ({ id: g.id, promotion: g.promotion.name, skuId: g.skuId, leader: leaders.find((l) => l.id === g.leaderId)?.name ?? g.leaderId, members: g._count.members, size: g.size, status: g.status, virtual: g.virtual, expiresAt: g.expiresAt, createdAt: g.createdAt }));
}

/** Running group buys that cover these SKUs, with their open groups a shopper could join. */
export async function groupBuysFor(skuIds: string[], now = new Date()) {
  const promotions = await db.promotion.findMany({ where: { type: "GROUP_BUY", status: "ACTIVE", startsAt: { lte: now }, endsAt: { gt: now }, skus: { some: { skuId: { in: skuIds } } } }, select: { id: true, name: true, rules: true, endsAt: true } });
  if (!promotions.length) return [];
  // one query for every promotion's open groups (soonest deadline first)
  const floors = new Map((await db.sku.findMany({ where: { id: { in: skuIds } }, select: { id: true, floorPrice: true } })).map((s) => [s.id, s.floorPrice ?? 0]));
  const open = await db.groupBuyGroup.findMany({ where: { promotionId: { in: promotions.map((p) => p.id) }, skuId: { in: skuIds }, status: "OPEN", expiresAt: { gt: now } }, orderBy: { expiresAt: "asc" }, include: { _count: { select: { members: true } } } });
  return promotions.flatMap((p) => {
    const rules = groupBuyRulesSchema.parse(p.rules);
    return rules.items
      .filter((i) => skuIds.includes(i.skuId))
      .map((item) => ({
        promotionId: p.id,
        name: p.name,
        endsAt: p.endsAt.toISOString(),
        skuId: item.skuId,
        groupPrice: Math.max(item.groupPrice, floors.get(item.skuId) ?? 0),
        groupSize: rules.groupSize,
        groups: open
          .filter((g) => g.promotionId === p.id && g.skuId === item.skuId && g._count.members < g.size)
          .slice(0, 5)
          .map((g) => ({ id: g.id, seatsLeft: g.size - g._count.members, expiresAt: g.expiresAt })),
      }));
  });
}
