import { db } from "@/lib/db/client";
import { AppError } from "@/lib/api/errors";
import { getOrderOrThrow, type OrderActor } from "./order-access";
import { releaseReservations } from "./release-reservations";
import { emitEvent } from "@/lib/webhooks/webhook-events";
import { toOrderDto } from "./order-dto";
import { giveBackFlashUnits } from "@/lib/flash-sale/give-back";
import { leaveGroupOnCancel } from "@/lib/group-buy/group-membership";

/**
 * Cancels an unpaid order (by the shopper, or by the system: timeout, group expiry) and gives back
 * everything it reserved. Cancelling twice is harmless; a paid order cannot be cancelled (409).
 */
export async function cancelOrder(who: OrderActor, orderId: string, reason = "SHOPPER", now = new Date()) {
  const out = await db.$transaction(async (tx) => {
    const order = await getOrderOrThrow(who, orderId, tx);
    // the status flip is the lock: only one cancel (or pay) wins
    const n = await tx.order.updateMany({ where: { id: orderId, status: "PENDING_PAYMENT" }, data: { status: "CANCELLED", cancelledAt: now, cancelReason: reason } });
    if (n.count === 0) {
      if (order.status === "CANCELLED") return { order: toOrderDto(order), changed: false, row: order };
      throw new AppError("INVALID_STATE", `Order is ${order.status}; only unpaid orders can be cancelled`);
    }
    await releaseReservations(tx, orderId, now);
    await emitEvent(tx, "order.cancelled", order.shops.map((s) => s.shopId), { orderId, shopperId: order.shopperId, reason, cancelledAt: now.toISOString() }, now);
    return { order: toOrderDto(await tx.order.findUniqueOrThrow({ where: { id: orderId } })), changed: true, row: order };
  });
  if (out.changed) {
    // after the commit: flash-sale units go back to the Redis gate (a failure here only undersells
    // until the next reconciliation; the database already has them back)
    await giveBackFlashUnits(out.row.shopperId, out.row).catch((e) => console.error("flash give-back failed", e));
    if (out.row.source === "GROUP_BUY") await leaveGroupOnCancel(orderId);
  }
  return { order: out.order, changed: out.changed };
}
