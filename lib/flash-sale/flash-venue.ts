import { db } from "@/lib/db/client";
import { flashSaleRulesSchema } from "@/lib/pricing/promotion-rules";
import { flashRedis, flashScripts, type FlashRedis } from "./flash-redis";
import { dbCounters } from "./flash-counters";
import { skuLabel } from "@/lib/i18n/local-name";
import { priceCheckout } from "@/lib/checkout/price-checkout";

/**
 * What one unit costs at the flash price, from the pricing engine itself (a won unit as the
 * order would be priced): a floor price or anything else that changes the outcome shows here, not
 * the configured number (SPEC §3 "Shown = charged").
 */
async function flashUnitPrice(promotionId: string, skuId: string, fallback: number, now: Date) {
  const r = await priceCheckout({ shopperId: null, lines: [{ skuId, quantity: 1 }], couponIds: [], entitlements: { [promotionId]: { [skuId]: 1 } } }, now).catch(() => null);
  const line = r?.lines.find((l) => l.skuId === skuId && !l.gift);
  return line && line.itemOffer?.promotionId === promotionId ? line.payable : fallback;
}

type Locale = "zh" | "en";

/**
 * 秒杀会场: flash sales running now or starting within a day, by slot (场次 = start time), each
 * item with its flash and list price and what is left — from Redis when the counters are loaded
 * (what attempts see), else from the database.
 */
export async function flashVenue(locale: Locale, now = new Date(), r: FlashRedis = flashRedis) {
  const sales = await db.promotion.findMany({
    where: { type: "FLASH_SALE", status: { in: ["APPROVED", "SCHEDULED", "ACTIVE"] }, endsAt: { gt: now }, startsAt: { lte: new Date(now.getTime() + 86_400_000) } },
    orderBy: [{ startsAt: "asc" }, { labelPriority: "desc" }],
    take: 30,
  });
  const skuIds = sales.flatMap((s) => flashSaleRulesSchema.parse(s.rules).items.map((i) => i.skuId));
  const skus = await db.sku.findMany({ where: { id: { in: skuIds } }, include: { product: { select: { id: true, name: true, nameEn: true, imageUrl: true } } } });
  const out = await Promise.all(sales.map(async (s) => {
    const left = await remaining(s.id, r);
    // before the slot opens the engine would not apply the offer yet: price it as at its start
    const at = s.startsAt > now ? new Date(s.startsAt.getTime() + 1) : now;
    const items = await Promise.all(flashSaleRulesSchema.parse(s.rules).items.map(async (it) => {
      const sku = skus.find((k) => k.id === it.skuId);
      const name = sku ? skuLabel(sku.product, sku.name, locale) : it.skuId;
      const flashPrice = sku ? await flashUnitPrice(s.id, it.skuId, Math.max(it.flashPrice, sku.floorPrice ?? 0), at) : it.flashPrice;
      return { skuId: it.skuId, productId: sku?.product.id ?? null, name, imageUrl: sku?.product.imageUrl ?? null, listPrice: sku?.price ?? it.flashPrice, flashPrice, stock: it.stock, left: left[it.skuId] ?? it.stock, perUserLimit: it.perUserLimit };
    }));
    return { id: s.id, name: s.name, startsAt: s.startsAt, endsAt: s.endsAt, items };
  }));
  // a 场次 is a start minute: sales starting within the same minute share one tab
  const minute = (d: Date) => Math.floor(d.getTime() / 60_000) * 60_000;
  const slots = [...new Set(out.map((s) => minute(s.startsAt)))].sort((a, b) => a - b).map((t) => ({ startsAt: new Date(t), sales: out.filter((s) => minute(s.startsAt) === t) }));
  return { slots };
}

/** Units left per SKU of one flash sale (Redis if loaded, else the database). */
export async function remaining(promotionId: string, r: FlashRedis = flashRedis): Promise<Record<string, number>> {
  const live = await flashScripts(r, promotionId)
    .read()
    .catch(() => null);
  if (live?.loaded) return live.stock;
  const c = await dbCounters(promotionId);
  return Object.fromEntries((c?.items ?? []).map((i) => [i.skuId, i.left]));
}
