/**
 * The refund for `units` of a line: its allocated payable per unit, taken from what is still
 * unrefunded so that successive partial refunds add up exactly to the line's payable.
 */
export function refundShare(payable: number, quantity: number, refundedAmount: number, refundedQuantity: number, units: number): number {
  const unitsLeft = quantity - refundedQuantity;
  const amountLeft = payable - refundedAmount;
  if (units >= unitsLeft) return amountLeft;
  return Math.floor((amountLeft * units) / unitsLeft);
}
