import type { Tx } from "@/lib/db/client";
import type { Order, OrderLine } from "@/lib/generated/prisma/client";
import type { PriceResult } from "@/lib/pricing/price-result";

/**
 * Coupon rules of a refund (SPEC §6):
 * - full refund: the order's coupons come back (UNUSED) unless their validity has ended;
 * - partial refund: a coupon stays used while what is left still meets its threshold; otherwise
 *   it comes back (if still valid) — the shopper is refunded the allocated payable either way;
 * - coupons the order earned (满送券) are taken back on a full refund when unused; a used one has
 *   its value deducted from the refund (the default "deduct" rule).
 * With `apply: false` (a quote) it only says what would happen.
 */
export async function settleCouponsOnRefund(tx: Tx, order: Order & { lines: OrderLine[] }, refunded: { orderLineId: string; quantity: number }[], full: boolean, now: Date, apply = true) {
  const returned: string[] = [];
  const reclaimed: string[] = [];
  /** used earned coupons whose value comes off the refund */
  const deducted: { id: string; name: string; amount: number }[] = [];
  const uses = await tx.orderCoupon.findMany({ where: { orderId: order.id, released: false }, include: { userCoupon: true } });
  const pricing = order.pricing as unknown as PriceResult;

  for (const use of uses) {
    let giveBack = full;
    if (!full) {
      const template = await tx.couponTemplate.findUniqueOrThrow({ where: { id: use.templateId }, select: { threshold: true } });
      // what the coupon's lines are still worth at its stage, for the units kept
      let rest = 0;
      order.lines.forEach((line) => {
        const priced = pricing.lines[line.lineNo];
        const mine = priced?.discounts.find((d) => d.id === use.userCouponId);
        if (!mine) return;
        const atStage = priced.payable + priced.discounts.filter((d) => d.stage >= mine.stage).reduce((a, d) => a + d.amount, 0);
        const kept = line.quantity - line.refundedQuantity - (refunded.find((r) => r.orderLineId === line.id)?.quantity ?? 0);
        rest += Math.floor((atStage * kept) / line.quantity);
      });
      giveBack = rest < template.threshold;
    }
    if (!giveBack || use.userCoupon.validTo <= now) continue;
    returned.push(use.userCouponId);
    if (!apply) continue;
    await tx.userCoupon.update({ where: { id: use.userCouponId }, data: { state: "UNUSED", orderId: null, usedAt: null } });
    await tx.orderCoupon.update({ where: { id: use.id }, data: { released: true } });
  }

  if (full) {
    const earned = await tx.userCoupon.findMany({ where: { earnedFromOrderId: order.id }, include: { template: { select: { amountOff: true, name: true } } } });
    for (const c of earned) {
      if (c.state === "UNUSED" || c.state === "LOCKED") {
        if (!apply) {
          if (c.state === "UNUSED") reclaimed.push(c.id);
          continue;
        }
        const n = await tx.userCoupon.updateMany({ where: { id: c.id, state: "UNUSED" }, data: { state: "EXPIRED" } });
        if (n.count) reclaimed.push(c.id);
      } else if (c.state === "USED") {
        deducted.push({ id: c.id, name: c.template.name, amount: c.template.amountOff ?? 0 });
        reclaimed.push(c.id);
      }
    }
  }
  return { returned, reclaimed, deducted };
}
