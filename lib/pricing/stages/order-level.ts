import { applyShare, applyUnitCuts } from "../apply-share";
import { byId, promotionGate } from "../eligibility/promotion-gate";
import { exclusiveKeys } from "../eligibility/exclusive-groups";
import { inScope } from "../eligibility/scope";
import { kindOf, kindsIn } from "../kinds";
import type { Gift, Measured, OrderKind, UnitCut } from "../kinds/kind";
import { giftShortfall } from "../kinds/gift/apply";
import type { Applied, Hint, NotApplied } from "../price-result";
import type { CandidatePromotion, PricingInput } from "../pricing-input";
import { newWorkLine, type WorkLine } from "../work-line";
import { hintFor } from "./hints";

export const ORDER_TYPES = new Set<string>(kindsIn("order"));

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
    const kind = kindOf(p.type) as OrderKind;
    const plan: Measured = kind.measure(p.rules, { p, lines: eligible, base, units, input, giftLines: out.giftLines });
    if (plan.hint) hinted.push({ p, keys, hint: hintFor(p, plan.hint.basis, plan.hint.shortfall, plan.hint.amountOff) });
    if (plan.reason) {
      out.notApplied.push({ kind: "PROMOTION", id: p.id, reason: plan.reason });
      continue;
    }
    planned.push({ p, keys, lines: eligible, weights: plan.weights ?? weights, saving: plan.saving, cuts: plan.cuts, gifts: plan.gifts });
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
