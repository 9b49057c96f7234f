import type { Refund, RefundLine } from "@/lib/generated/prisma/client";
import type { Deduction } from "./refund-deductions";
import type { GiftReturn } from "./refund-deductions";

type Row = Refund & { lines: (RefundLine & { orderLine: { skuId: string } })[] };

/** A refund as the API answers it (first-round fields kept, decision fields added). */
export function toRefundDto(r: Row) {
  return {
    id: r.id,
    orderId: r.orderId,
    shopId: r.shopId,
    status: r.status,
    type: r.type,
    reason: r.reason,
    amount: r.amount,
    shippingAmount: r.shippingAmount,
    deductedAmount: r.deductedAmount,
    deductions: (r.deductions as unknown as Deduction[]).map(({ kind, id, type, name, amount }) => ({ kind, id, type, name, amount })),
    giftsReturned: (r.giftsReturned as unknown as GiftReturn[]).map((g) => ({ skuId: g.skuId, quantity: g.quantity })),
    couponsReturned: r.couponsReturned,
    couponsReclaimed: r.couponsReclaimed,
    pointsReversed: r.pointsReversed,
    growthReversed: r.growthReversed,
    flagged: r.flagged,
    decidedAt: r.decidedAt?.toISOString() ?? null,
    decisionReason: r.decisionReason,
    createdAt: r.createdAt.toISOString(),
    lines: r.lines.map((l) => ({ skuId: l.orderLine.skuId, quantity: l.quantity, amount: l.amount })),
  };
}
export type RefundDto = ReturnType<typeof toRefundDto>;
