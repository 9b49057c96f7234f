import { withRequestId } from "@/lib/ops/logger";
import { db } from "@/lib/db/client";
import { AppError, notFound } from "@/lib/api/errors";
import { groupBuyRulesSchema } from "@/lib/pricing/promotion-rules";
import { submitOrder } from "@/lib/orders/submit-order";
import { cancelOrder } from "@/lib/orders/cancel-order";
import { queue } from "@/lib/jobs/queues";
import { groupWithOrders } from "./group-membership";

export const GROUP_QUEUE = "group-buy";

async function livePromotion(promotionId: string, skuId: string, now: Date) {
  const p = await db.promotion.findUnique({ where: { id: promotionId } });
  if (!p || p.type !== "GROUP_BUY") throw notFound("group buy");
  if (p.status !== "ACTIVE" || p.startsAt > now || p.endsAt <= now) throw new AppError("INVALID_STATE", "This group buy is not running");
  const rules = groupBuyRulesSchema.parse(p.rules);
  if (!rules.items.some((i) => i.skuId === skuId)) throw new AppError("VALIDATION_FAILED", "This SKU is not in the group buy", { skuId: "not in this group buy" });
  return { promotion: p, rules };
}

/** An order at the group price for one unit (the engine applies it through an entitlement). */
function groupOrder(shopperId: string, promotionId: string, skuId: string, idempotencyKey: string) {
  return submitOrder({ shopperId, lines: [{ skuId, quantity: 1 }], couponIds: [], entitlements: { [promotionId]: { [skuId]: 1 } }, mustApply: promotionId, idempotencyKey, source: "GROUP_BUY" });
}

/**
 * 开团: the leader's order at the group price and a group that others may join once it is paid,
 * open for the promotion's time limit. The same idempotency key gives the same group.
 */
export async function openGroup(shopperId: string, promotionId: string, skuId: string, idempotencyKey: string, now = new Date()) {
  const { rules } = await livePromotion(promotionId, skuId, now);
  const { order } = await groupOrder(shopperId, promotionId, skuId, `group-open:${promotionId}:${idempotencyKey}`);
  const existing = await db.groupBuyMember.findUnique({ where: { orderId: order.id }, include: { group: true } });
  if (existing) return { group: existing.group, orderId: order.id };
  const group = await db.groupBuyGroup.create({
    data: { promotionId, skuId, leaderId: shopperId, size: rules.groupSize, expiresAt: new Date(now.getTime() + rules.timeLimitMinutes * 60_000), members: { create: { shopperId, orderId: order.id, leader: true } } },
  });
  await queue(GROUP_QUEUE)
    .add("expire", withRequestId({ groupId: group.id }), { jobId: `expire-${group.id}`, delay: Math.max(0, group.expiresAt.getTime() - Date.now()) })
    .catch((e) => console.error("could not schedule group expiry (the sweep will catch it)", e));
  return { group, orderId: order.id };
}

/**
 * 参团: join an open group whose leader has paid, before it expires, once per shopper. Seats are
 * counted under the group's row lock; an order placed for a seat that is gone meanwhile is
 * cancelled again and the shopper told the group is full.
 */
export async function joinGroup(shopperId: string, groupId: string, idempotencyKey: string, now = new Date()) {
  const group = await groupWithOrders(groupId);
  if (!group) throw notFound("group");
  const mine = group.members.find((m) => m.shopperId === shopperId);
  if (mine) return { group, orderId: mine.orderId };
  if (group.status !== "OPEN" || group.expiresAt <= now) throw new AppError("GROUP_CLOSED", "This group is no longer open");
  if (group.members.find((m) => m.leader)?.order.status !== "PAID") throw new AppError("GROUP_NOT_READY", "The leader has not paid yet");
  if (group.members.length >= group.size) throw new AppError("GROUP_FULL", "This group is full");
  await livePromotion(group.promotionId, group.skuId, now);
  const { order } = await groupOrder(shopperId, group.promotionId, group.skuId, `group-join:${groupId}:${idempotencyKey}`);
  const seated = await db.$transaction(async (tx) => {
    await tx.$queryRaw`SELECT id FROM "GroupBuyGroup" WHERE id = ${groupId} FOR UPDATE`;
    const g = await tx.groupBuyGroup.findUniqueOrThrow({ where: { id: groupId }, include: { _count: { select: { members: true } } } });
    if (g.status !== "OPEN" || g.expiresAt <= now || g._count.members >= g.size) return false;
    await tx.groupBuyMember.create({ data: { groupId, shopperId, orderId: order.id } });
    return true;
  });
  if (!seated) {
    await cancelOrder(shopperId, order.id, "GROUP_FULL");
    throw new AppError("GROUP_FULL", "This group filled up a moment ago");
  }
  return { group, orderId: order.id };
}

