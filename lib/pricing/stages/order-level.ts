import { applyShare, applyUnitCuts } from "../apply-share";
import { budgetLeft, byId, promotionGate, stockLeft } from "../eligibility/promotion-gate";
import { exclusiveKeys } from "../eligibility/exclusive-groups";
import { inScope } from "../eligibility/scope";
import { fullDiscount } from "../kinds/full-discount";
import { fullReduction } from "../kinds/full-reduction";
import { giftTier } from "../kinds/gift";
import { cutsTotal, nthItem, nthItemShortfall, type UnitCut } from "../kinds/nth-item";
import type { OrderOutcome } from "../kinds/tiers";
import type { Applied, Hint, NotApplied, ReasonCode } from "../price-result";
import type { CandidatePromotion, PricingInput } from "../pricing-input";
import { newWorkLine, type WorkLine } from "../work-line";
import { hintFor } from "./hints";

export const ORDER_TYPES = new Set(["FULL_REDUCTION", "FULL_DISCOUNT", "NTH_ITEM", "GIFT"]);

type Gift = { skuId: string; quantity: number };
type Planned = { p: CandidatePromotion; keys: string[]; lines: WorkLine[]; weights: number[]; saving: number; cuts?: UnitCut[][]; gifts?: Gift[] };
export type StageOutput = { applied: Applied[]; notApplied: NotApplied[]; hints: Hint[]; giftLines: WorkLine[] };

const bySavingThenPriority = (a: Planned, b: Planned) => b.saving - a.saving || b.p.labelPriority - a.p.labelPriority || byId(a.p, b.p);

/**
 * Stages 2 (one shop's promotions) and 3 (platform promotions): every promotion is measured on
 * the same base — the amounts left by the earlier stages — so their order does not matter.
 * Exclusive groups (named ones, and the implicit group of each type per owner unless a promotion
 * stacks with its own type) let only the member saving most apply; a line already discounted by a
 * member in an earlier stage is not eligible for the others. The rest apply largest saving first,
 * so when they exceed the base the smaller savings are the ones cut (at a unit's floor or zero).
 */
export function applyOrderLevel(lines: WorkLine[], promos: CandidatePromotion[], input: PricingInput, now: Date, stage: 2 | 3, out: StageOutput) {
  const planned: Planned[] = [];
  const hinted: { p: CandidatePromotion; keys: string[]; hint: Hint }[] = [];
  for (const p of [...promos].sort(byId)) {
    const gate = promotionGate(p, input, now);
    if (gate) {
      out.notApplied.push({ kind: "PROMOTION", id: p.id, reason: gate });
      continue;
    }
    const keys = exclusiveKeys(p);
    const scoped = lines.filter((l) => !l.gift && inScope(p.scope, l.sku, p.shopId, p.withdrawnSkuIds));
    const eligible = scoped.filter((l) => !l.blockOrderPromotions && !(stage === 3 && l.blockPlatform) && !keys.some((k) => l.groups.includes(k)));
    if (!eligible.length) {
      out.notApplied.push({ kind: "PROMOTION", id: p.id, reason: scoped.length ? "NOT_STACKABLE" : "OUT_OF_SCOPE" });
      continue;
    }
    const weights = eligible.map((l) => l.amount);
    const base = weights.reduce((a, b) => a + b, 0);
    const units = eligible.reduce((a, l) => a + l.quantity, 0);
    const plan = measure(p, eligible, base, units, input, out.giftLines);
    if (plan.hint) hinted.push({ p, keys, hint: hintFor(p, plan.hint.basis, plan.hint.shortfall, plan.hint.amountOff) });
    if (plan.reason) {
      out.notApplied.push({ kind: "PROMOTION", id: p.id, reason: plan.reason });
      continue;
    }
    planned.push({ p, keys, lines: eligible, weights, saving: plan.saving, cuts: plan.cuts, gifts: plan.gifts });
  }

  const taken = new Set<string>();
  const appliedKeys: { id: string; keys: string[] }[] = [];
  for (const pl of [...planned].sort(bySavingThenPriority)) {
    if (pl.keys.some((k) => taken.has(k))) {
      out.notApplied.push({ kind: "PROMOTION", id: pl.p.id, reason: "NOT_STACKABLE" });
      continue;
    }
    const entry = { kind: "PROMOTION" as const, id: pl.p.id, stage };
    let amount: number;
    if (pl.gifts) {
      const short = giftShortfall(pl.gifts, input, out.giftLines);
      if (short) {
        out.notApplied.push({ kind: "PROMOTION", id: pl.p.id, reason: short });
        continue;
      }
      amount = addGifts(pl, input, out.giftLines, stage);
    } else {
      amount = pl.cuts ? applyUnitCuts(pl.lines, pl.cuts, entry) : applyShare(pl.lines, pl.weights, pl.saving, entry);
    }
    if (amount <= 0) {
      out.notApplied.push({ kind: "PROMOTION", id: pl.p.id, reason: "NOT_STACKABLE" });
      continue;
    }
    for (const k of pl.keys) taken.add(k);
    for (const l of pl.lines) {
      if (!l.discounts.some((d) => d.id === pl.p.id) && !pl.gifts) continue;
      // a line in the base of an applied gift tier counts as promoted too (SPEC §5 clarifications)
      l.promoted = true;
      l.groups.push(...pl.keys);
      if (pl.p.stacking.withPlatform === false) l.blockPlatform = true;
      if (pl.p.stacking.withCoupons === false) l.blockCoupons = true;
    }
    out.applied.push({ kind: "PROMOTION", id: pl.p.id, type: pl.p.type, name: pl.p.name, amount, shopId: pl.p.shopId, stage });
    appliedKeys.push({ id: pl.p.id, keys: pl.keys });
  }
  // a 凑单 hint only for an offer the cart could still get: not one whose exclusive group (named,
  // or its type's) another promotion already holds — it would be 不可叠加 at checkout (issue 11 #5)
  for (const h of hinted) if (!appliedKeys.some((a) => a.id !== h.p.id && a.keys.some((k) => h.keys.includes(k)))) out.hints.push(h.hint);
}

type Measured = { saving: number; reason?: ReasonCode; cuts?: UnitCut[][]; gifts?: Gift[]; hint?: { basis: "AMOUNT" | "QUANTITY"; shortfall: number; amountOff: number } };

function measure(p: CandidatePromotion, lines: WorkLine[], base: number, units: number, input: PricingInput, giftLines: WorkLine[]): Measured {
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
      const cuts = nthItem(rules, lines);
      const short = nthItemShortfall(rules, units);
      const hint = short > 0 ? { basis: "QUANTITY" as const, shortfall: short, amountOff: 0 } : undefined;
      if (cuts.every((c) => cutsTotal(c) <= 0)) return { saving: 0, reason: "THRESHOLD_NOT_MET", hint };
      // a budget smaller than the discount trims the last units' discounts
      let room = budgetLeft(p);
      const trimmed = cuts.map((lineCuts) =>
        lineCuts.flatMap((c) => {
          const k = Math.min(c.k, Math.floor(room / c.off));
          const part = Math.min(c.off, room - k * c.off);
          room -= k * c.off;
          const out: UnitCut[] = k > 0 ? [{ ...c, k }] : [];
          if (k < c.k && part > 0) {
            out.push({ price: c.price, k: 1, off: part });
            room -= part;
          }
          return out;
        }),
      );
      return { saving: trimmed.reduce((a, c) => a + cutsTotal(c), 0), cuts: trimmed, hint };
    }
    case "GIFT": {
      const rules = p.rules as never as { basis: "AMOUNT" | "QUANTITY" };
      const { gifts, next } = giftTier(p.rules as never, base, units);
      const value = (g: Gift[]) => g.reduce((a, x) => a + (input.skus[x.skuId]?.price ?? 0) * x.quantity, 0);
      const hint = next ? { basis: rules.basis, shortfall: next.threshold - (rules.basis === "QUANTITY" ? units : base), amountOff: value(next.gifts) } : undefined;
      if (!gifts.length) return { saving: 0, reason: "THRESHOLD_NOT_MET", hint };
      const giftUnits = gifts.reduce((a, g) => a + g.quantity, 0);
      if (giftUnits > stockLeft(p)) return { saving: 0, reason: "STOCK_OUT", hint };
      const short = giftShortfall(gifts, input, giftLines);
      if (short) return { saving: 0, reason: short, hint };
      // budgets cap every kind: a gift worth more than the budget left is not given
      if (value(gifts) > budgetLeft(p)) return { saving: 0, reason: "BUDGET_OUT", hint };
      return { saving: value(gifts), gifts, hint };
    }
  }
  return { saving: 0, reason: "THRESHOLD_NOT_MET" };
}

/** Gift stock is shared by every promotion that gives the SKU in this cart. */
function giftShortfall(gifts: Gift[], input: PricingInput, giftLines: WorkLine[]): ReasonCode | null {
  for (const g of gifts) {
    const given = giftLines.reduce((a, l) => a + (l.sku.id === g.skuId ? l.quantity : 0), 0);
    const sku = input.skus[g.skuId];
    if (!sku || sku.stock - given < g.quantity) return "STOCK_OUT";
  }
  return null;
}

function addGifts(pl: Planned, input: PricingInput, giftLines: WorkLine[], stage: number): number {
  let total = 0;
  for (const g of pl.gifts!) {
    const sku = input.skus[g.skuId];
    if (!sku) continue;
    const line = newWorkLine(-1, sku, g.quantity);
    line.gift = true;
    line.floor = 0;
    line.discounts.push({ kind: "PROMOTION", id: pl.p.id, amount: line.listAmount, stage });
    line.amount = 0;
    line.runs = [{ price: 0, count: g.quantity }];
    giftLines.push(line);
    total += line.listAmount;
  }
  return total;
}
