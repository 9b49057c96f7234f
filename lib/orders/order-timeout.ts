import { withRequestId } from "@/lib/ops/logger";
import { systemActor } from "@/lib/auth/shopper-scope";
import { db } from "@/lib/db/client";
import { queue, startWorker } from "@/lib/jobs/queues";
import { bounded } from "@/lib/redis/client";
import { cancelOrder } from "./cancel-order";

export const ORDER_TIMEOUT_QUEUE = "order-timeout";

/**
 * A delayed job per unpaid order (exact timing; its id is the order id, so scheduling twice is
 * harmless). The database's expiresAt is the truth: the clock's sweep cancels whatever is due even
 * when this job was lost with Redis.
 */
export async function scheduleOrderTimeout(orderId: string, expiresAt: Date) {
  // the delay is measured on the real clock: the queue fires on it
  await bounded(queue(ORDER_TIMEOUT_QUEUE).add("cancel-unpaid", withRequestId({ orderId }), { jobId: `timeout-${orderId}`, delay: Math.max(0, expiresAt.getTime() - Date.now()) }));
}

/** Many at once (the flash-sale consumer's batch): one round trip. */
export async function scheduleOrderTimeouts(orders: { orderId: string; expiresAt: Date }[]) {
  if (!orders.length) return;
  await bounded(queue(ORDER_TIMEOUT_QUEUE).addBulk(orders.map((o) => ({ name: "cancel-unpaid", data: withRequestId({ orderId: o.orderId }), opts: { jobId: `timeout-${o.orderId}`, delay: Math.max(0, o.expiresAt.getTime() - Date.now()) } }))));
}

/** Cancels every unpaid order past its expiry (the sweep also catches jobs lost with Redis). */
export async function cancelExpiredOrders(now = new Date()) {
  const due = await db.order.findMany({ where: { status: "PENDING_PAYMENT", expiresAt: { lte: now } }, select: { id: true }, take: 500 });
  let cancelled = 0;
  const failures: unknown[] = [];
  for (const o of due) {
    try {
      if ((await cancelOrder(systemActor("order-timeout"), o.id, "TIMEOUT", now)).changed) cancelled++;
    } catch (e) {
      // one order that cannot be cancelled must not hold up the others; it is tried again next tick
      failures.push(e);
    }
  }
  if (failures.length === due.length && failures.length) throw failures[0];
  return cancelled;
}

export function startOrderTimeoutWorker() {
  const worker = startWorker(ORDER_TIMEOUT_QUEUE, async (job) => {
    if (job.name === "sweep") return cancelExpiredOrders();
    const { orderId } = job.data as { orderId: string };
    const order = await db.order.findUnique({ where: { id: orderId }, select: { status: true, expiresAt: true } });
    if (order?.status === "PENDING_PAYMENT" && order.expiresAt.getTime() <= Date.now()) await cancelOrder(systemActor("order-timeout"), orderId, "TIMEOUT");
  });
  // the sweep of due orders is the clock's (lib/clock/clock.ts): it needs nothing from Redis
  return worker;
}
