import type { NotApplied, ReasonCode } from "../price-result";
import type { CandidatePromotion, PricingInput } from "../pricing-input";
import { budgetLeft, byId, promotionGate, stockLeft, userUnitsLeft } from "../eligibility/promotion-gate";
import { inScope } from "../eligibility/scope";
import { kindOf, kindsIn } from "../kinds";
import type { ItemKind } from "../kinds/kind";
import { memberUnitOff } from "../kinds/member-price";
import { exclusiveKeys } from "../eligibility/exclusive-groups";
import { initialRuns } from "../unit-runs";
import type { WorkLine } from "../work-line";

const ITEM_TYPES = new Set<string>(kindsIn("item"));

type Offer = { promo: CandidatePromotion | null; type: string; unitOff: number; units: number; amount: number; priority: number; id: string };

const kindOfItem = (p: CandidatePromotion) => kindOf(p.type) as ItemKind;

/**
 * Stage 1: per line, the single best item-level price (flash sale, group buy, discount, member
 * price); item offers never combine. Per-unit discounts are cut to the SKU's floor; units are
 * capped by entitlements (flash/group), perUserUnits, activity stock and budget, which lines of
 * the same promotion share in line order.
 */
export function applyItemLevel(lines: WorkLine[], input: PricingInput, now: Date, notApplied: NotApplied[]) {
  const promos = input.promotions.filter((p) => ITEM_TYPES.has(p.type)).sort(byId);
  const gate = new Map<string, ReasonCode | null>(promos.map((p) => [p.id, promotionGate(p, input, now)]));
  const left = new Map(promos.map((p) => [p.id, { units: Math.min(userUnitsLeft(p), stockLeft(p)), budget: budgetLeft(p), entitled: { ...(p.entitlements ?? {}) } }]));
  const touched = new Map<string, "applied" | "scoped" | "attempt">();

  for (const line of lines) {
    if (line.sku.excludedFromPromotions) continue;
    const offers: Offer[] = [];
    const floorCut = (off: number) => Math.min(off, line.sku.price - (line.sku.floorPrice ?? 0));
    const member = memberUnitOff(line.sku, input.shopper.memberLevel);
    if (member !== null && floorCut(member) > 0)
      offers.push({ promo: null, type: "MEMBER_PRICE", unitOff: floorCut(member), units: line.quantity, amount: floorCut(member) * line.quantity, priority: -1, id: "" });
    for (const p of promos) {
      if (gate.get(p.id) || !inScope(p.scope, line.sku, p.shopId, p.withdrawnSkuIds)) continue;
      const raw = kindOfItem(p).unitOff(p.rules, line.sku);
      if (raw === null) continue;
      touched.set(p.id, touched.get(p.id) ?? "scoped");
      const unitOff = floorCut(raw);
      if (unitOff <= 0) continue;
      const l = left.get(p.id)!;
      let units = Math.min(line.quantity, l.units, Math.floor(l.budget / unitOff));
      if (kindOfItem(p).needsEntitlement) {
        units = Math.min(units, l.entitled[line.sku.id] ?? 0);
        if (units === 0 && touched.get(p.id) === "scoped") touched.set(p.id, "attempt");
      }
      if (units > 0) offers.push({ promo: p, type: p.type, unitOff, units, amount: unitOff * units, priority: p.labelPriority, id: p.id });
    }
    if (!offers.length) continue;
    offers.sort((a, b) => b.amount - a.amount || b.priority - a.priority || (a.id < b.id ? -1 : 1));
    const best = offers[0];
    line.itemOffer = { promotionId: best.promo?.id ?? null, type: best.type, amount: best.amount, units: best.units };
    line.amount -= best.amount;
    line.runs = initialRuns(line.sku.price, line.quantity, best.units, line.sku.price - best.unitOff);
    line.promoted = true;
    if (best.promo) line.groups.push(...exclusiveKeys(best.promo));
    const stacking = best.promo?.stacking;
    const withOrder = stacking?.withOrderPromotions ?? !(best.promo && kindOfItem(best.promo).needsEntitlement);
    line.blockOrderPromotions = !withOrder;
    line.blockPlatform = !withOrder || stacking?.withPlatform === false;
    line.blockCoupons = !withOrder || stacking?.withCoupons === false;
    if (best.promo) {
      const l = left.get(best.promo.id)!;
      l.units -= best.units;
      l.budget -= best.amount;
      if (kindOfItem(best.promo).needsEntitlement) l.entitled[line.sku.id] = (l.entitled[line.sku.id] ?? 0) - best.units;
      touched.set(best.promo.id, "applied");
    }
  }

  for (const p of promos) {
    const g = gate.get(p.id);
    const t = touched.get(p.id);
    if (t === "applied") continue;
    const reason: ReasonCode = g ?? (t === "attempt" ? "ATTEMPT_REQUIRED" : t === "scoped" ? (left.get(p.id)!.budget <= 0 ? "BUDGET_OUT" : "NOT_STACKABLE") : "OUT_OF_SCOPE");
    notApplied.push({ kind: "PROMOTION", id: p.id, reason });
  }
}
