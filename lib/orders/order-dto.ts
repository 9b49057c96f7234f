import type { Order } from "@/lib/generated/prisma/client";

export function toOrderDto(o: Order) {
  return {
    id: o.id,
    status: o.status,
    idempotencyKey: o.idempotencyKey,
    subtotal: o.subtotal,
    total: o.total,
    refundedAmount: o.refundedAmount,
    pricing: o.pricing,
    createdAt: o.createdAt.toISOString(),
    expiresAt: o.expiresAt.toISOString(),
    paidAt: o.paidAt?.toISOString() ?? null,
    cancelledAt: o.cancelledAt?.toISOString() ?? null,
    cancelReason: o.cancelReason,
  };
}
