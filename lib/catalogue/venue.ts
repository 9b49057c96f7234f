import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { LIVE_STATUSES } from "@/lib/checkout/load-promotions";
import { priceCheckout } from "@/lib/checkout/price-checkout";
import type { CartLine } from "@/lib/cart/cart-cookie";
import { shopperOffers } from "./shopper-offers";
import { variantFor } from "@/lib/ab/assign-variant";
import { localName } from "@/lib/i18n/local-name";

const VISIBLE = [...LIVE_STATUSES, "ENDED"] as const;
export type VenueSort = "price-asc" | "price-desc" | "default";
type Locale = "zh" | "en";

/** The promotions a shopper can see: approved and later (upcoming ones only once warm-up began or within a week). */
export async function listVenues(now = new Date()) {
  const week = new Date(now.getTime() + 7 * 86_400_000);
  return db.promotion.findMany({
    where: { status: { in: [...LIVE_STATUSES] }, endsAt: { gt: now }, OR: [{ startsAt: { lte: week } }, { previewAt: { lte: now } }] },
    orderBy: [{ labelPriority: "desc" }, { startsAt: "asc" }],
    select: { id: true, name: true, type: true, startsAt: true, endsAt: true, previewAt: true, shopId: true, audience: true, shop: { select: { name: true, nameEn: true } } },
    take: 60,
  });
}

/**
 * 活动会场: one promotion, its products (searchable, sortable by this shopper's 到手价) and the
 * shopper's progress in it from their cart (what applies now and the 凑单 hint to the next tier).
 */
export async function getVenue(promotionId: string, opts: { q?: string; sort?: VenueSort; shopperId: string | null; cart: CartLine[]; locale: Locale }, now = new Date()) {
  const p = await db.promotion.findUnique({ where: { id: promotionId }, include: { skus: true, categories: { include: { category: { select: { path: true } } } }, shop: { select: { name: true, nameEn: true } }, variants: { orderBy: { key: "asc" } } } });
  if (!p || !(VISIBLE as readonly string[]).includes(p.status)) return null;

  const skuIds = p.skus.filter((s) => !s.excluded && !s.withdrawnAt).map((s) => s.skuId);
  const excluded = p.skus.filter((s) => s.excluded || s.withdrawnAt).map((s) => s.skuId);
  const inScope: Prisma.ProductWhereInput[] = p.scopeAll ? [{}] : [{ skus: { some: { id: { in: skuIds } } } }, ...p.categories.map((c) => ({ category: { path: { startsWith: c.category.path } } }))];
  const products = await db.product.findMany({
    where: {
      active: true,
      excludedFromPromotions: false,
      ...(p.shopId ? { shopId: p.shopId } : {}),
      AND: [{ OR: inScope }, opts.q ? { OR: [{ name: { contains: opts.q, mode: "insensitive" } }, { nameEn: { contains: opts.q, mode: "insensitive" } }] } : {}],
    },
    include: { skus: { where: { id: { notIn: excluded } }, orderBy: { price: "asc" }, select: { id: true, price: true, stock: true } }, shop: { select: { name: true, nameEn: true } } },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    take: 60,
  });
  const shown = products.filter((x) => x.skus.length > 0);
  const offers = await shopperOffers(opts.shopperId, shown.map((x) => x.skus[0].id), now);
  const items = shown.map((x) => {
    const sku = x.skus[0];
    return {
      id: x.id,
      skuId: sku.id,
      name: localName(x, opts.locale),
      imageUrl: x.imageUrl,
      shopName: localName(x.shop, opts.locale),
      price: sku.price,
      dealPrice: offers.deals[sku.id]?.price ?? sku.price,
      inStock: x.skus.some((s) => s.stock > 0),
      labels: offers.labels[sku.id] ?? [],
    };
  });
  if (opts.sort === "price-asc") items.sort((a, b) => a.dealPrice - b.dealPrice);
  if (opts.sort === "price-desc") items.sort((a, b) => b.dealPrice - a.dealPrice);

  let progress: { applied: number; hint: { shortfall: number; amountOff: number; basis: "AMOUNT" | "QUANTITY" } | null } | null = null;
  if (opts.shopperId && opts.cart.length) {
    const r = await priceCheckout({ shopperId: opts.shopperId, lines: opts.cart }, now).catch(() => null);
    if (r) {
      const hint = r.hints.find((h) => h.promotionId === p.id);
      progress = { applied: r.applied.filter((a) => a.id === p.id).reduce((s, a) => s + a.amount, 0), hint: hint ? { shortfall: hint.shortfall, amountOff: hint.amountOff, basis: hint.basis } : null };
    }
  }
  // an A/B test shows each shopper their own variant's rules (the ones their cart is priced with)
  const variant = variantFor(p.id, opts.shopperId, p.variants);
  return { promotion: p, rules: variant ? variant.rules : p.rules, variantKey: variant?.key ?? null, items, progress, claimable: offers.claimable };
}
