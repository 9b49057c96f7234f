import { formatYuan } from "../money";
import type { Hint } from "../price-result";
import type { CandidatePromotion } from "../pricing-input";
import { kindOf } from "../kinds";

/** 凑单 hint: the shortfall to the next tier, on the same base and basis as the threshold test. */
export function hintFor(p: CandidatePromotion, basis: "AMOUNT" | "QUANTITY", shortfall: number, amountOff: number): Hint {
  const need = basis === "AMOUNT" ? `${formatYuan(shortfall)} more` : `${shortfall} more item${shortfall === 1 ? "" : "s"}`;
  const get = kindOf(p.type)?.hintReward(amountOff) ?? `${formatYuan(amountOff)} off`;
  return { promotionId: p.id, basis, shortfall, amountOff, message: `Add ${need} to get ${get} (${p.name})`, type: p.type };
}
