import { comboCoupons, couponStageContext, evaluateCoupons, type Combo, type CouponStageContext } from "./evaluate-coupons";
import type { ReasonCode } from "./price-result";
import type { CandidateCoupon, PricingInput } from "./pricing-input";
import { couponGate } from "./stages/coupons";
import type { WorkLine } from "./work-line";

export type Selection = { ctx: CouponStageContext; combo: Combo; usable: { id: string; saving: number }[]; unusable: { id: string; reason: ReasonCode }[]; explicitUnusable: { id: string; reason: ReasonCode }[] };

// Slots: at most one goods coupon per shop (stage 4), one platform goods coupon (stage 5) and
// one shipping coupon per order (stage 6).
const slotOf = (c: CandidateCoupon) => (c.kind === "SHIPPING" ? "shipping" : c.shopId ? `shop:${c.shopId}` : "platform");
const MAX_COMBOS = 50_000;
const EMPTY: Combo = { shop: [], platform: null, shipping: null };

function comboFrom(coupons: CandidateCoupon[]): Combo {
  return {
    shop: coupons.filter((c) => c.kind !== "SHIPPING" && c.shopId),
    platform: coupons.find((c) => c.kind !== "SHIPPING" && !c.shopId) ?? null,
    shipping: coupons.find((c) => c.kind === "SHIPPING") ?? null,
  };
}

const byExpiryThenId = (a: CandidateCoupon, b: CandidateCoupon) => a.validTo.getTime() - b.validTo.getTime() || (a.id < b.id ? -1 : 1);

/**
 * Which coupons to use. Auto: the exact best combination (lowest total, then the combination
 * whose earliest expiry is soonest, then fewer coupons), found by branch and bound — coupons of
 * one template are interchangeable, so only the soonest-expiring of each is tried. Explicit: the
 * chosen ones, minus those that cannot be used (listed with the reason).
 */
export function selectCoupons(base: WorkLine[], input: PricingInput, now: Date): Selection {
  const ctx = couponStageContext(base, input, now);
  const noCoupons = evaluateCoupons(ctx, EMPTY, false).total;
  const unusable: { id: string; reason: ReasonCode }[] = [];
  const usable: Option[] = [];
  /** fail alone but may help together with others (a 运费券 once a goods coupon loses free shipping) */
  const inCombination: Option[] = [];
  const gates = new Map<string, ReasonCode | null>();
  // coupons of one template price alike: evaluate each template once
  const soloByTemplate = new Map<string, ReturnType<typeof evaluateCoupons>>();
  for (const c of [...input.coupons].sort(byExpiryThenId)) {
    const gate = couponGate(c, input, now);
    gates.set(c.id, gate);
    if (gate) { unusable.push({ id: c.id, reason: gate }); continue; }
    let solo = soloByTemplate.get(c.templateId);
    if (!solo) {
      solo = evaluateCoupons(ctx, comboFrom([c]), false);
      soloByTemplate.set(c.templateId, solo);
    }
    if (solo.failures.length) {
      unusable.push({ id: c.id, reason: solo.failures[0].reason });
      if (c.kind === "SHIPPING" && solo.failures[0].reason === "NOT_STACKABLE") inCombination.push({ c, saving: 0, goods: 0 });
    } else usable.push({ c, saving: noCoupons - solo.total, goods: c.kind === "SHIPPING" ? 0 : ([...solo.amounts.values()][0] ?? 0) });
  }

  const withSelected = (combo: Combo) => {
    // a coupon that only helps in combination is usable once it is selected (alone it saves 0)
    const picked = new Set(comboCoupons(combo).map((c) => c.id));
    const extra = inCombination.filter((o) => picked.has(o.c.id));
    return {
      usable: [...usable, ...extra].map((u) => ({ id: u.c.id, saving: u.saving })),
      unusable: unusable.filter((u) => !picked.has(u.id)),
    };
  };

  if (input.couponSelection.mode === "explicit") {
    const explicitUnusable: { id: string; reason: ReasonCode }[] = [];
    const chosen: CandidateCoupon[] = [];
    const taken = new Set<string>();
    for (const id of [...new Set(input.couponSelection.ids)]) {
      const c = input.coupons.find((x) => x.id === id);
      const gate = c ? gates.get(c.id) : null;
      const lines = c && c.kind !== "SHIPPING" ? ctx.eligible.get(c.id) : null;
      if (!c) explicitUnusable.push({ id, reason: "NOT_FOUND" });
      else if (gate) explicitUnusable.push({ id, reason: gate });
      else if (typeof lines === "string") explicitUnusable.push({ id, reason: lines });
      else if (taken.has(slotOf(c))) explicitUnusable.push({ id, reason: "NOT_STACKABLE" });
      else { chosen.push(c); taken.add(slotOf(c)); }
    }
    // drop coupons that fail together with the others (e.g. a platform threshold no longer met)
    for (;;) {
      const e = evaluateCoupons(ctx, comboFrom(chosen), false);
      if (!e.failures.length) break;
      for (const f of e.failures) {
        explicitUnusable.push(f);
        chosen.splice(chosen.findIndex((c) => c.id === f.id), 1);
      }
    }
    const combo = comboFrom(chosen);
    return { ctx, combo, ...withSelected(combo), explicitUnusable };
  }
  const combo = bestCombo(ctx, [...usable, ...inCombination]);
  return { ctx, combo, ...withSelected(combo), explicitUnusable: [] };
}

type Option = { c: CandidateCoupon; saving: number; goods: number };

function bestCombo(ctx: CouponStageContext, usable: Option[]): Combo {
  const slots = new Map<string, Option[]>();
  const seenTemplate = new Set<string>();
  for (const o of [...usable].sort((a, b) => byExpiryThenId(a.c, b.c))) {
    if (seenTemplate.has(o.c.templateId)) continue;
    seenTemplate.add(o.c.templateId);
    slots.set(slotOf(o.c), [...(slots.get(slotOf(o.c)) ?? []), o]);
  }
  for (const opts of slots.values()) opts.sort((a, b) => b.saving - a.saving || byExpiryThenId(a.c, b.c));
  // bound the search on pathological inputs: keep each slot's best solo savings
  const size = () => [...slots.values()].reduce((a, o) => a * (o.length + 1), 1);
  for (let k = 12; size() > MAX_COMBOS && k > 1; k--) for (const [s, o] of slots) slots.set(s, o.slice(0, k));

  const shopSlots = [...slots].filter(([s]) => s.startsWith("shop:")).map(([, o]) => o);
  const maxTail = shopSlots.map((_, i) => shopSlots.slice(i).reduce((a, o) => a + Math.max(0, ...o.map((x) => x.goods)), 0));
  const goods3 = ctx.base.reduce((a, l) => a + l.amount, 0);
  let best: { combo: Combo; total: number; expiry: number; count: number; key: string } | null = null;

  const consider = (picked: CandidateCoupon[]) => {
    const combo = comboFrom(picked);
    const e = evaluateCoupons(ctx, combo, false);
    if (e.failures.length) return;
    const expiry = picked.length ? Math.min(...picked.map((c) => c.validTo.getTime())) : Infinity;
    const key = picked.map((c) => c.id).sort().join(",");
    const b = best;
    if (b && e.total > b.total) return;
    // every coupon of the combination must save something in it (never select a useless one)
    for (const c of picked) {
      const without = evaluateCoupons(ctx, comboFrom(picked.filter((x) => x !== c)), false);
      if (!without.failures.length && without.total <= e.total) return;
    }
    if (!b || e.total < b.total || (e.total === b.total && (expiry < b.expiry || (expiry === b.expiry && (picked.length < b.count || (picked.length === b.count && key < b.key))))))
      best = { combo, total: e.total, expiry, count: picked.length, key };
  };

  consider([]);
  for (const platform of [null, ...(slots.get("platform") ?? [])]) {
    for (const shipping of [null, ...(slots.get("shipping") ?? [])]) {
      const fixed = [platform, shipping].filter((x): x is Option => x !== null).map((x) => x.c);
      // no choice of shop coupons can do better than taking each shop's largest discount while
      // the platform coupon keeps its solo discount and shipping stays as without goods coupons
      const ship0 = evaluateCoupons(ctx, { ...EMPTY, shipping: shipping?.c ?? null }, false).ship.shipping.reduce((a, s) => a + s.fee - s.discount, 0);
      const floor0 = goods3 - (platform?.goods ?? 0) + ship0;
      const picked: CandidateCoupon[] = [];
      const walk = (i: number, taken: number) => {
        if (best && floor0 - taken - (maxTail[i] ?? 0) > best.total) return;
        if (i === shopSlots.length) return consider([...picked, ...fixed]);
        for (const o of shopSlots[i]) {
          picked.push(o.c);
          walk(i + 1, taken + o.goods);
          picked.pop();
        }
        walk(i + 1, taken);
      };
      walk(0, 0);
    }
  }
  return best!.combo;
}
