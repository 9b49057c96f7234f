import type { Hint, PriceResult, PricedLine } from "@/lib/pricing/price-result";

export type CartGroup = { promotionId: string | null; lines: PricedLine[]; saved: number; hint: Hint | null };
/** `hints`: the shop's other 凑单 hints (a promotion that covers its lines but is not a group of its own) */
export type CartShop = { shopId: string; groups: CartGroup[]; hints: Hint[] };

/**
 * The cart as a shopper reads it: lines by shop, and within a shop by the order promotion (满减,
 * 满折, 第N件, 满赠 …) they share — the one that applied, else the one whose 凑单 hint they count
 * towards, else the first that covers them (`covering`: SKU → order-promotion ids in scope). Gift
 * lines join their promotion's group. Shops and groups keep the cart's order.
 */
export function groupCart(result: PriceResult, covering: Record<string, string[]>): CartShop[] {
  const hinted = new Map(result.hints.map((h) => [h.promotionId, h]));
  const appliedPromo = new Map(result.applied.filter((a) => a.kind === "PROMOTION" && a.id).map((a) => [a.id!, a]));
  const giftOf = new Map(result.applied.filter((a) => a.type === "GIFT" && a.id).map((a) => [a.shopId ?? "", a.id!]));
  const keyOf = (l: PricedLine): string | null => {
    const own = l.discounts.find((d) => d.kind === "PROMOTION" && appliedPromo.get(d.id)?.shopId !== null);
    if (own) return own.id;
    if (l.gift) return giftOf.get(l.shopId) ?? null;
    const ids = (covering[l.skuId] ?? []).filter((id) => appliedPromo.get(id)?.shopId !== null);
    return ids.find((id) => hinted.has(id)) ?? ids.find((id) => appliedPromo.has(id)) ?? ids[0] ?? null;
  };
  const shops: CartShop[] = [];
  for (const line of result.lines) {
    let shop = shops.find((s) => s.shopId === line.shopId);
    if (!shop) shops.push((shop = { shopId: line.shopId, groups: [], hints: [] }));
    const key = keyOf(line);
    let group = shop.groups.find((g) => g.promotionId === key);
    if (!group) shop.groups.push((group = { promotionId: key, lines: [], saved: 0, hint: key ? (hinted.get(key) ?? null) : null }));
    group.lines.push(line);
  }
  for (const shop of shops)
    for (const g of shop.groups) g.saved = g.promotionId ? g.lines.reduce((a, l) => a + l.discounts.filter((d) => d.id === g.promotionId).reduce((x, d) => x + d.amount, 0), 0) : 0;
  for (const shop of shops) {
    const own = new Set(shop.groups.flatMap((g) => g.lines.flatMap((l) => covering[l.skuId] ?? [])));
    shop.hints = result.hints.filter((h) => own.has(h.promotionId) && !shop.groups.some((g) => g.promotionId === h.promotionId));
  }
  // groups without a promotion go last within their shop
  for (const shop of shops) shop.groups.sort((a, b) => Number(a.promotionId === null) - Number(b.promotionId === null));
  return shops;
}
