import { comboCoupons, evaluateCoupons } from "./evaluate-coupons";
import type { Applied, NotApplied, PricedLine, PriceResult } from "./price-result";
import type { PricingInput } from "./pricing-input";
import { selectCoupons } from "./select-coupons";
import { applyItemLevel } from "./stages/item-level";
import { applyOrderLevel, ORDER_TYPES, type StageOutput } from "./stages/order-level";
import { newWorkLine, type WorkLine } from "./work-line";

/**
 * The pricing engine (SPEC §5): plain data in, a priced plan out. Pure: no I/O, no clock (`now`
 * is given), the input is never changed. Stages in order, each on the amounts the previous left:
 * 1 item offers · 2 shop promotions · 3 platform promotions · 4 shop coupons · 5 platform coupon
 * · 6 shipping.
 */
export function priceCart(input: PricingInput, now: Date): PriceResult {
  const lines: WorkLine[] = input.lines.map((l, i) => {
    const sku = input.skus[l.skuId];
    if (!sku) throw new Error(`priceCart: no SKU data for ${l.skuId}`);
    return newWorkLine(i, sku, l.quantity);
  });
  const out: StageOutput = { applied: [], notApplied: [], hints: [], giftLines: [] };

  applyItemLevel(lines, input, now, out.notApplied);
  out.applied.push(...itemApplied(lines, input));

  const orderPromos = input.promotions.filter((p) => ORDER_TYPES.has(p.type));
  const cartShops = new Set(lines.map((l) => l.sku.shopId));
  for (const shopId of [...cartShops].sort()) {
    applyOrderLevel(lines.filter((l) => l.sku.shopId === shopId), orderPromos.filter((p) => p.shopId === shopId), input, now, 2, out);
  }
  for (const p of orderPromos) if (p.shopId && !cartShops.has(p.shopId)) out.notApplied.push({ kind: "PROMOTION", id: p.id, reason: "OUT_OF_SCOPE" });
  applyOrderLevel(lines, orderPromos.filter((p) => p.shopId === null), input, now, 3, out);

  const promoted = [...lines, ...out.giftLines];
  const selection = selectCoupons(promoted, input, now);
  const final = evaluateCoupons(selection.ctx, selection.combo, true);

  const couponApplied: Applied[] = comboCoupons(selection.combo).map((c) => ({
    kind: "COUPON",
    id: c.id,
    type: c.kind,
    name: c.name,
    amount: final.amounts.get(c.id) ?? 0,
    templateId: c.templateId,
    shopId: c.shopId,
    stage: c.kind === "SHIPPING" ? 6 : c.shopId ? 4 : 5,
  }));
  const notApplied: NotApplied[] = [...out.notApplied, ...final.ship.notApplied, ...selection.explicitUnusable.map((u) => ({ kind: "COUPON" as const, id: u.id, reason: u.reason }))].sort(
    (a, b) => (a.kind === b.kind ? (a.id < b.id ? -1 : a.id > b.id ? 1 : 0) : a.kind < b.kind ? -1 : 1),
  );

  const priced: PricedLine[] = final.lines.map((l) => ({
    skuId: l.sku.id,
    shopId: l.sku.shopId,
    quantity: l.quantity,
    unitPrice: l.sku.price,
    listAmount: l.listAmount,
    gift: l.gift,
    itemOffer: l.itemOffer,
    discounts: l.discounts,
    payable: l.amount,
    units: l.runs.map((r) => ({ payable: r.price, count: r.count })),
  }));
  const sumStage = (from: number, to: number) => priced.reduce((a, l) => a + l.discounts.filter((d) => d.stage >= from && d.stage <= to).reduce((x, d) => x + d.amount, 0), 0);
  const subtotal = priced.reduce((a, l) => a + l.listAmount, 0);
  const itemDiscount = priced.reduce((a, l) => a + (l.itemOffer?.amount ?? 0), 0);
  const orderDiscount = sumStage(2, 3);
  const couponDiscount = sumStage(4, 5);
  const shippingFee = final.ship.shipping.reduce((a, s) => a + s.fee, 0);
  const shippingDiscount = final.ship.shipping.reduce((a, s) => a + s.discount, 0);

  return {
    currency: "CNY",
    lines: priced,
    subtotal,
    itemDiscount,
    orderDiscount,
    couponDiscount,
    shippingFee,
    shippingDiscount,
    total: subtotal - itemDiscount - orderDiscount - couponDiscount + shippingFee - shippingDiscount,
    applied: [...out.applied, ...couponApplied, ...final.ship.applied],
    notApplied,
    hints: out.hints.concat(final.ship.hints).sort((a, b) => a.shortfall - b.shortfall || (a.promotionId < b.promotionId ? -1 : 1)),
    coupons: {
      selected: comboCoupons(selection.combo).map((c) => c.id),
      usable: selection.usable,
      unusable: selection.unusable.concat(selection.explicitUnusable.filter((u) => !selection.unusable.some((x) => x.id === u.id))),
    },
    shipping: final.ship.shipping,
  };
}

function itemApplied(lines: WorkLine[], input: PricingInput): Applied[] {
  const byKey = new Map<string, Applied>();
  for (const l of lines) {
    if (!l.itemOffer) continue;
    const id = l.itemOffer.promotionId;
    const key = id ?? `member:${l.sku.shopId}`;
    const promo = id ? input.promotions.find((p) => p.id === id) : null;
    const a = byKey.get(key) ?? { kind: "PROMOTION" as const, id, type: l.itemOffer.type, name: promo?.name ?? `会员价 ${input.shopper.memberLevel}`, amount: 0, shopId: promo ? promo.shopId : l.sku.shopId, stage: 1 };
    a.amount += l.itemOffer.amount;
    byKey.set(key, a);
  }
  return [...byKey.values()];
}
