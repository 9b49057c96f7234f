/** Thrown inside an order transaction when what was priced changed under us (a coupon taken,
 * a budget or limit spent by a concurrent order): the transaction rolls back and the order is
 * priced again from fresh data. */
export class PricingConflict extends Error {}
