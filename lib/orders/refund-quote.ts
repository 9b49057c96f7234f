import type { Tx } from "@/lib/db/client";
import { earnedByOrder } from "@/lib/members/points-ledger";
import { reversalFor } from "@/lib/members/points-rules";
import { settleCouponsOnRefund } from "./refund-coupons";
import { loadPlanRules, pendingUnits, planOrderOf, priorDeductions, type LockedOrder } from "./refund-context";
import type { Deduction } from "./refund-deductions";
import { planRefund, type PlanRequest, type RefundPlan } from "./refund-plan";

export type RefundComputation = {
  plan: RefundPlan;
  amount: number;
  /** every deduction line: lost thresholds, kept gifts, used earned coupons */
  deductions: Deduction[];
  deductedAmount: number;
  couponsReturned: string[];
  couponsReclaimed: string[];
  pointsReversed: number;
  growthReversed: number;
};

/**
 * Prices a refund of `req` against the order as it stands (approved refunds only; units held by
 * other pending requests cannot be asked for twice). With `apply` the coupon part is carried out
 * (coupons reactivated, earned ones taken back) — the caller writes the rest in the same transaction.
 */
export async function computeRefund(tx: Tx, order: LockedOrder, req: PlanRequest, now: Date, opts: { apply: boolean; except?: string }): Promise<RefundComputation> {
  const [rules, pending, prior] = await Promise.all([loadPlanRules(tx, order), pendingUnits(tx, order.id, opts.except), priorDeductions(tx, order.id)]);
  const plan = planRefund(planOrderOf(order), rules, req, pending, prior);
  const coupons = await settleCouponsOnRefund(tx, order, plan.lines, plan.full, now, opts.apply);
  const deductions: Deduction[] = [
    ...plan.deductions,
    ...coupons.deducted.map((c) => ({ key: `earned:${c.id}`, kind: "COUPON" as const, id: c.id, type: "EARNED_COUPON", name: c.name, amount: c.amount })),
  ];
  const deductedAmount = deductions.reduce((a, d) => a + d.amount, 0);
  const stillPaid = order.total - order.refundedAmount;
  const amount = Math.max(0, Math.min(stillPaid, plan.goods + plan.shipping - deductedAmount));

  const earned = await earnedByOrder(tx, order.shopperId, order.id);
  const before = await tx.refund.aggregate({ where: { orderId: order.id, status: "APPROVED" }, _sum: { pointsReversed: true, growthReversed: true } });
  const reverse = (total: number, done: number) => (plan.full ? Math.max(0, total - done) : reversalFor(total, order.total, order.refundedAmount, amount, done));
  return {
    plan,
    amount,
    deductions,
    deductedAmount,
    couponsReturned: coupons.returned,
    couponsReclaimed: coupons.reclaimed,
    pointsReversed: reverse(earned.points, before._sum.pointsReversed ?? 0),
    growthReversed: reverse(earned.growth, before._sum.growthReversed ?? 0),
  };
}
