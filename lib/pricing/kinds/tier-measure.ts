import { budgetLeft } from "../eligibility/promotion-gate";
import type { MeasureInput, Measured } from "./kind";
import type { Basis, OrderOutcome } from "./shared";

/** 满减 / 满折: the tier's discount capped by the budget left, with the next tier as a 凑单 hint. */
export function measureTiers(basis: Basis, o: OrderOutcome, m: MeasureInput): Measured {
  const hint = o.next ? { basis, shortfall: o.next.threshold - (basis === "QUANTITY" ? m.units : m.base), amountOff: o.next.amountOff } : undefined;
  return o.discount > 0 ? { saving: Math.min(o.discount, budgetLeft(m.p)), hint } : { saving: 0, reason: "THRESHOLD_NOT_MET", hint };
}
