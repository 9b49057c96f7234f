import { db } from "@/lib/db/client";
import { priceCheckout } from "@/lib/checkout/price-checkout";
import { promotionLabels } from "@/lib/catalogue/shopper-offers";
import { emptyResult, type PriceResult } from "@/lib/pricing/price-result";
import { kindOf } from "@/lib/pricing/kinds";
import { checkedLines, type CartLine } from "./cart-line";
import { localName, skuLabel } from "@/lib/i18n/local-name";

/** The shopper's coupons by id → template name (for explanations). */
export async function couponNames(shopperId: string) {
  const rows = await db.userCoupon.findMany({ where: { shopperId }, select: { id: true, template: { select: { name: true } } }, take: 500, orderBy: { createdAt: "desc" } });
  return Object.fromEntries(rows.map((r) => [r.id, r.template.name]));
}

export type SkuMeta = { name: string; productId: string; imageUrl: string | null; stock: number; shopId: string; price: number };

/**
 * Everything the cart page shows on first render: the price from the same engine call as
 * `/api/checkout/price` (checkout passes its own: region, chosen coupons), names for SKUs, shops,
 * promotions and coupons, and which shop order promotions cover each SKU (to group lines).
 * Unknown SKUs (deleted since) are dropped. Only ticked lines are priced; `lines` keeps the
 * unticked ones (with `off`) for the cart to show.
 */
export async function cartView(shopperId: string, cart: CartLine[], locale: "zh" | "en", price: (lines: CartLine[]) => Promise<PriceResult> = (lines) => priceCheckout({ shopperId, lines, autoSelectCoupons: true })) {
  const skus = await db.sku.findMany({ where: { id: { in: cart.map((l) => l.skuId) } }, include: { product: { select: { id: true, name: true, nameEn: true, imageUrl: true } } } });
  const lines = cart.filter((l) => skus.some((s) => s.id === l.skuId));
  const ticked = checkedLines(lines);
  const [result, offers] = await Promise.all([ticked.length ? price(ticked) : emptyResult(), promotionLabels(shopperId, lines.map((l) => l.skuId))]);
  const giftIds = result.lines.filter((l) => !skus.some((s) => s.id === l.skuId)).map((l) => l.skuId);
  const gifts = giftIds.length ? await db.sku.findMany({ where: { id: { in: giftIds } }, include: { product: { select: { id: true, name: true, nameEn: true, imageUrl: true } } } }) : [];
  const meta: Record<string, SkuMeta> = {};
  for (const s of [...skus, ...gifts]) {
    meta[s.id] = { name: skuLabel(s.product, s.name, locale), productId: s.product.id, imageUrl: s.product.imageUrl, stock: s.stock, shopId: s.shopId, price: s.price };
  }
  const covering = Object.fromEntries(Object.entries(offers.labels).map(([skuId, ls]) => [skuId, ls.filter((l) => l.shopId !== null && kindOf(l.type)?.stage === "order").map((l) => l.promotionId)]));
  const shopNames = Object.fromEntries((await db.shop.findMany({ where: { id: { in: [...new Set([...result.lines.map((l) => l.shopId), ...skus.map((s) => s.shopId)])] } }, select: { id: true, name: true, nameEn: true } })).map((s) => [s.id, localName(s, locale)]));
  const names: Record<string, string> = Object.fromEntries(Object.entries(meta).map(([id, m]) => [id, m.name]));
  for (const labels of Object.values(offers.labels)) for (const l of labels) names[l.promotionId] = l.name;
  for (const a of result.applied) if (a.id) names[a.id] = a.name;
  Object.assign(names, await couponNames(shopperId));
  // every promotion the explanation mentions (not applied, hinted) by its name — never a raw id
  const unnamed = [...new Set([...result.notApplied.map((n) => n.id), ...result.hints.map((h) => h.promotionId)])].filter((id) => id && !names[id]);
  if (unnamed.length) for (const p of await db.promotion.findMany({ where: { id: { in: unnamed } }, select: { id: true, name: true } })) names[p.id] = p.name;
  return { result, lines, covering, meta, names, shopNames };
}
