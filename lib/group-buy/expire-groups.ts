import { systemActor } from "@/lib/auth/shopper-scope";
import { db } from "@/lib/db/client";
import { groupBuyRulesSchema } from "@/lib/pricing/promotion-rules";
import { cancelOrder } from "@/lib/orders/cancel-order";
import { refundOrder } from "@/lib/orders/refund-order";
import { startWorker } from "@/lib/jobs/queues";
import { GROUP_QUEUE } from "./group-orders";
import { groupWithOrders } from "./group-membership";

/**
 * Time is up for a group that did not fill: with virtual completion (模拟成团) it completes as it
 * is; otherwise it fails and every member's order is undone — paid ones refunded in full (the
 * same refund as a shopper's, keyed so a retry refunds once), unpaid ones cancelled.
 */
export async function expireGroup(groupId: string, now = new Date()) {
  const g = await groupWithOrders(groupId);
  if (!g || g.status === "COMPLETED" || g.expiresAt > now) return g?.status ?? null;
  if (g.status === "OPEN") {
    const promotion = await db.promotion.findUniqueOrThrow({ where: { id: g.promotionId }, select: { rules: true } });
    const virtual = groupBuyRulesSchema.parse(promotion.rules).virtualCompletion;
    const n = await db.groupBuyGroup.updateMany({ where: { id: groupId, status: "OPEN" }, data: virtual ? { status: "COMPLETED", virtual: true, completedAt: now } : { status: "FAILED" } });
    if (n.count && virtual) return "COMPLETED";
  }
  // FAILED (now or earlier, e.g. a retry after a crash half-way): undo every member's order
  for (const m of g.members) {
    if (m.order.status === "PENDING_PAYMENT") await cancelOrder(systemActor("group-expiry"), m.orderId, "GROUP_FAILED", now);
    else if (m.order.status === "PAID" || m.order.status === "COMPLETED") {
      const lines = m.order.lines.filter((l) => !l.gift && l.refundedQuantity < l.quantity).map((l) => ({ skuId: l.skuId, quantity: l.quantity - l.refundedQuantity }));
      if (lines.length) await refundOrder(systemActor("group-expiry"), m.orderId, { lines, reason: "拼团未成团 / group did not fill", idempotencyKey: `group-failed:${groupId}` }, now);
    }
  }
  return "FAILED";
}

export async function expireDueGroups(now = new Date()) {
  const due = await db.groupBuyGroup.findMany({ where: { status: "OPEN", expiresAt: { lte: now } }, select: { id: true }, take: 200 });
  for (const g of due) await expireGroup(g.id, now);
  return due.length;
}

export function startGroupWorker() {
  const worker = startWorker(GROUP_QUEUE, async (job) => (job.name === "sweep" ? expireDueGroups() : expireGroup((job.data as { groupId: string }).groupId)));
  // the sweep of due groups is the clock's (lib/clock/clock.ts)
  return worker;
}
