import { applyExact, applyShare } from "../apply-share";
import { budgetLeft, byId, promotionGate, stockLeft } from "../eligibility/promotion-gate";
import { inScope } from "../eligibility/scope";
import { fullDiscount } from "../kinds/full-discount";
import { fullReduction } from "../kinds/full-reduction";
import { giftTier } from "../kinds/gift";
import { nthItem, nthItemShortfall } from "../kinds/nth-item";
import type { OrderOutcome } from "../kinds/tiers";
import type { Applied, Hint, NotApplied } from "../price-result";
import type { CandidatePromotion, PricingInput } from "../pricing-input";
import { newWorkLine, type WorkLine } from "../work-line";
import { hintFor } from "./hints";

export const ORDER_TYPES = new Set(["FULL_REDUCTION", "FULL_DISCOUNT", "NTH_ITEM", "GIFT"]);

type Planned = { p: CandidatePromotion; lines: WorkLine[]; weights: number[]; saving: number; exact?: number[]; gifts?: { skuId: string; quantity: number }[] };
export type StageOutput = { applied: Applied[]; notApplied: NotApplied[]; hints: Hint[]; giftLines: WorkLine[] };

/**
 * Stages 2 (one shop's promotions) and 3 (platform promotions): every promotion is measured on
 * the same base — the amounts left by the earlier stages — so their order does not matter;
 * within an exclusive group only the one saving most applies; the rest are applied one after
 * another, each share cut where a line would go below its floor or zero.
 */
export function applyOrderLevel(lines: WorkLine[], promos: CandidatePromotion[], input: PricingInput, now: Date, stage: 2 | 3, out: StageOutput) {
  const planned: Planned[] = [];
  for (const p of [...promos].sort(byId)) {
    const gate = promotionGate(p, input, now);
    if (gate) {
      out.notApplied.push({ kind: "PROMOTION", id: p.id, reason: gate });
      continue;
    }
    const scoped = lines.filter((l) => !l.gift && inScope(p.scope, l.sku, p.shopId, p.withdrawnSkuIds));
    const eligible = scoped.filter((l) => !l.blockOrderPromotions && !(stage === 3 && l.blockPlatform));
    if (!eligible.length) {
      out.notApplied.push({ kind: "PROMOTION", id: p.id, reason: scoped.length ? "NOT_STACKABLE" : "OUT_OF_SCOPE" });
      continue;
    }
    const weights = eligible.map((l) => l.amount);
    const base = weights.reduce((a, b) => a + b, 0);
    const units = eligible.reduce((a, l) => a + l.quantity, 0);
    const plan = measure(p, eligible, base, units, input);
    if (plan.hint) out.hints.push(hintFor(p, plan.hint.basis, plan.hint.shortfall, plan.hint.amountOff));
    if (plan.reason) {
      out.notApplied.push({ kind: "PROMOTION", id: p.id, reason: plan.reason });
      continue;
    }
    planned.push({ p, lines: eligible, weights, saving: plan.saving, exact: plan.exact, gifts: plan.gifts });
  }

  // exclusive groups: the one saving most wins (then higher label priority, then id)
  const winners = new Map<string, Planned>();
  for (const pl of planned) {
    const group = pl.p.stacking.exclusiveGroup;
    if (!group) continue;
    const cur = winners.get(group);
    if (!cur || pl.saving > cur.saving || (pl.saving === cur.saving && pl.p.labelPriority > cur.p.labelPriority)) winners.set(group, pl);
  }
  for (const pl of planned) {
    const group = pl.p.stacking.exclusiveGroup;
    if (group && winners.get(group) !== pl) {
      out.notApplied.push({ kind: "PROMOTION", id: pl.p.id, reason: "NOT_STACKABLE" });
      continue;
    }
    const entry = { kind: "PROMOTION" as const, id: pl.p.id, stage };
    let amount: number;
    if (pl.gifts) {
      amount = addGifts(pl, input, out.giftLines, stage);
    } else {
      amount = pl.exact ? applyExact(pl.lines, pl.exact, entry) : applyShare(pl.lines, pl.weights, pl.saving, entry);
    }
    if (amount <= 0) {
      out.notApplied.push({ kind: "PROMOTION", id: pl.p.id, reason: "NOT_STACKABLE" });
      continue;
    }
    for (const l of pl.lines) {
      if (!l.discounts.some((d) => d.id === pl.p.id) && !pl.gifts) continue;
      l.promoted = true;
      if (pl.p.stacking.withPlatform === false) l.blockPlatform = true;
      if (pl.p.stacking.withCoupons === false) l.blockCoupons = true;
    }
    out.applied.push({ kind: "PROMOTION", id: pl.p.id, type: pl.p.type, name: pl.p.name, amount, shopId: pl.p.shopId, stage });
  }
}

type Measured = { saving: number; reason?: "THRESHOLD_NOT_MET" | "STOCK_OUT"; exact?: number[]; gifts?: { skuId: string; quantity: number }[]; hint?: { basis: "AMOUNT" | "QUANTITY"; shortfall: number; amountOff: number } };

function measure(p: CandidatePromotion, lines: WorkLine[], base: number, units: number, input: PricingInput): Measured {
  const tierHint = (o: OrderOutcome, basis: "AMOUNT" | "QUANTITY") =>
    o.next ? { basis, shortfall: o.next.threshold - (basis === "QUANTITY" ? units : base), amountOff: o.next.amountOff } : undefined;
  const capped = (n: number) => Math.min(n, budgetLeft(p));
  switch (p.type) {
    case "FULL_REDUCTION":
    case "FULL_DISCOUNT": {
      const rules = p.rules as never as { basis: "AMOUNT" | "QUANTITY" };
      const o = p.type === "FULL_REDUCTION" ? fullReduction(p.rules as never, base, units) : fullDiscount(p.rules as never, base, units);
      const hint = tierHint(o, rules.basis);
      return o.discount > 0 ? { saving: capped(o.discount), hint } : { saving: 0, reason: "THRESHOLD_NOT_MET", hint };
    }
    case "NTH_ITEM": {
      const rules = p.rules as never as { n: number; percentOff: number };
      const exact = nthItem(rules, lines);
      const saving = exact.reduce((a, b) => a + b, 0);
      const hint = { basis: "QUANTITY" as const, shortfall: nthItemShortfall(rules, units), amountOff: 0 };
      if (saving <= 0) return { saving: 0, reason: "THRESHOLD_NOT_MET", hint };
      // a budget smaller than the discount trims the last lines' unit discounts
      let room = budgetLeft(p);
      const trimmed = exact.map((a) => {
        const take = Math.min(a, room);
        room -= take;
        return take;
      });
      return { saving: trimmed.reduce((a, b) => a + b, 0), exact: trimmed, hint };
    }
    case "GIFT": {
      const rules = p.rules as never as { basis: "AMOUNT" | "QUANTITY" };
      const { gifts, next } = giftTier(p.rules as never, base, units);
      const value = (g: { skuId: string; quantity: number }[]) => g.reduce((a, x) => a + (input.skus[x.skuId]?.price ?? 0) * x.quantity, 0);
      const hint = next ? { basis: rules.basis, shortfall: next.threshold - (rules.basis === "QUANTITY" ? units : base), amountOff: value(next.gifts) } : undefined;
      if (!gifts.length) return { saving: 0, reason: "THRESHOLD_NOT_MET", hint };
      const giftUnits = gifts.reduce((a, g) => a + g.quantity, 0);
      const inStock = gifts.every((g) => (input.skus[g.skuId]?.stock ?? 0) >= g.quantity);
      if (giftUnits > stockLeft(p) || !inStock) return { saving: 0, reason: "STOCK_OUT", hint };
      return { saving: value(gifts), gifts, hint };
    }
  }
  return { saving: 0, reason: "THRESHOLD_NOT_MET" };
}

function addGifts(pl: Planned, input: PricingInput, giftLines: WorkLine[], stage: number): number {
  let total = 0;
  for (const g of pl.gifts!) {
    const sku = input.skus[g.skuId];
    if (!sku) continue;
    const line = newWorkLine(-1, sku, g.quantity);
    line.gift = true;
    line.floorTotal = 0;
    line.discounts.push({ kind: "PROMOTION", id: pl.p.id, amount: line.listAmount, stage });
    line.amount = 0;
    giftLines.push(line);
    total += line.listAmount;
  }
  return total;
}
