import { db } from "@/lib/db/client";
import { AppError, notFound } from "@/lib/api/errors";
import type { StaffActor } from "@/lib/auth/actor";
import { systemActor } from "@/lib/auth/shopper-scope";
import { recordAudit } from "@/lib/audit/record-audit";
import { cancelOrder } from "@/lib/orders/cancel-order";
import { requestRefundInTx } from "@/lib/orders/refund-order";
import { releaseUnits } from "./presale-lifecycle";

/** A presale row the actor's shop may act on (platform staff: any), else 404. */
export async function visiblePresale(actor: StaffActor, id: string) {
  const p = await db.presaleDeposit.findUnique({ where: { id } });
  if (!p || (actor.shopId && p.shopId !== actor.shopId)) throw notFound("presale");
  return p;
}

/**
 * The shop cancels one presale purchase (out of stock, a pricing mistake): an unpaid deposit
 * order is cancelled, a paid deposit refunded in full, a balance order waiting for payment
 * cancelled; the units go back. After the balance is paid it is an ordinary order: refund it.
 * Twice is harmless (answers the cancelled row).
 */
export async function cancelPresale(actor: StaffActor, id: string, reason: string, now = new Date()) {
  const p = await visiblePresale(actor, id);
  if (p.status === "CANCELLED") return p;
  if (p.status !== "DEPOSIT_PENDING" && p.status !== "DEPOSIT_PAID") throw new AppError("INVALID_STATE", `The presale is ${p.status}; ${p.status === "BALANCE_PAID" ? "refund the balance order instead" : "nothing to cancel"}`);
  // orders waiting for payment go first (each gives back what it reserved)
  for (const orderId of [p.depositOrderId, p.balanceOrderId]) {
    if (!orderId) continue;
    const o = await db.order.findUnique({ where: { id: orderId }, select: { status: true } });
    if (o?.status === "PENDING_PAYMENT") await cancelOrder(systemActor("presale-cancel"), orderId, "SHOP_CANCELLED", now);
  }
  return db.$transaction(async (tx) => {
    const n = await tx.presaleDeposit.updateMany({ where: { id, status: { in: ["DEPOSIT_PENDING", "DEPOSIT_PAID"] } }, data: { status: "CANCELLED", closedAt: now } });
    if (!n.count) throw new AppError("CONFLICT", "The presale changed meanwhile; reload");
    const deposit = await tx.order.findUniqueOrThrow({ where: { id: p.depositOrderId }, select: { status: true } });
    // paid meanwhile: refunded below; still waiting for payment: the cancel above did not take — try again
    if (deposit.status === "PENDING_PAYMENT") throw new AppError("CONFLICT", "The deposit order is still waiting for payment; retry the cancellation");
    if (deposit.status === "PAID" || deposit.status === "COMPLETED") {
      // the refund of the deposit's line puts the SKU's units back in stock; the presale's own stock is given back here
      await requestRefundInTx(tx, systemActor("presale-cancel"), p.depositOrderId, { lines: [{ skuId: p.skuId, quantity: p.quantity }], reason: `the shop cancelled the presale: ${reason}`, idempotencyKey: `presale-cancel-${p.id}` }, now);
      await releaseUnits(tx, p, false);
    }
    await recordAudit(tx, actor, { action: "cancel", entity: "presale", entityId: id, shopId: p.shopId, before: { status: p.status }, after: { status: "CANCELLED", reason } });
    return tx.presaleDeposit.findUniqueOrThrow({ where: { id } });
  });
}
