import { db } from "@/lib/db/client";
import { LIVE_STATUSES } from "@/lib/checkout/load-promotions";
import { describeRules } from "@/lib/promotions/describe-rules";
import { flashSaleRulesSchema } from "@/lib/pricing/kinds/flash-sale/rules";
import { localName, skuLabel } from "@/lib/i18n/local-name";
import type { OfferLabel } from "./shopper-offers";

type Locale = "zh" | "en";

/** Kinds with a banner of their own on the product page (not a line of the promotion strip). */
const BANNER_KINDS = new Set(["FLASH_SALE", "GROUP_BUY"]);

export type StripRule = { promotionId: string; name: string; type: string; words: string[] };
export type FlashBanner = { promotionId: string; name: string; skuId: string; flashPrice: number; endsAt: string };

/** Rules with per-SKU items (限时折扣 …) narrowed to this product's SKUs: the strip speaks of this product only. */
function ownItems(rules: unknown, skuIds: string[]) {
  if (!rules || typeof rules !== "object" || !Array.isArray((rules as { items?: unknown }).items)) return rules;
  const items = (rules as { items: { skuId?: unknown }[] }).items.filter((i) => typeof i?.skuId !== "string" || skuIds.includes(i.skuId));
  return { ...rules, items };
}

/**
 * What a product page says about its promotions besides the prices (SPEC §11, shopper basics):
 * - the promotion strip: each live promotion covering one of its SKUs, its rules in words (the
 *   kind's own describer), linking to its venue;
 * - the flash-sale banners: a live 秒杀 of one of its SKUs with its price and end;
 * - member level names for the 会员价 tags (SKU member prices are by level key).
 * Everything here is the same for every visitor (the page is cached); the viewer's own 到手价 comes
 * from the browser.
 */
export async function productExtras(skus: { id: string; name: string }[], labels: OfferLabel[], locale: Locale, now = new Date()) {
  const skuIds = skus.map((s) => s.id);
  const ids = [...new Set(labels.filter((l) => !BANNER_KINDS.has(l.type)).map((l) => l.promotionId))];
  const [rules, flash, levels] = await Promise.all([
    ids.length ? db.promotion.findMany({ where: { id: { in: ids } }, select: { id: true, name: true, type: true, rules: true } }) : [],
    db.promotion.findMany({ where: { type: "FLASH_SALE", status: { in: [...LIVE_STATUSES] }, startsAt: { lte: now }, endsAt: { gt: now }, skus: { some: { skuId: { in: skuIds } } } }, select: { id: true, name: true, rules: true, endsAt: true }, orderBy: { endsAt: "asc" } }),
    db.memberLevel.findMany({ select: { key: true, name: true, nameEn: true } }),
  ]);
  // SKUs the rules name besides this product's (a 满赠's gift): by their product and SKU name
  const named = new Map(skus.map((s) => [s.id, s.name]));
  const others = [...new Set(rules.flatMap((r) => referencedSkuIds(r.rules)))].filter((id) => !named.has(id));
  if (others.length) for (const k of await db.sku.findMany({ where: { id: { in: others } }, select: { id: true, name: true, product: { select: { name: true, nameEn: true } } } })) named.set(k.id, skuLabel(k.product, k.name, locale));
  const skuName = (id: string) => named.get(id) ?? "";
  const strip: StripRule[] = ids
    .map((id) => rules.find((r) => r.id === id))
    .filter((r): r is NonNullable<typeof r> => !!r)
    .map((r) => ({ promotionId: r.id, name: r.name, type: r.type, words: describeRules(r.type, ownItems(r.rules, skuIds), locale, skuName) }));
  const flashBanners: FlashBanner[] = flash.flatMap((p) => {
    const parsed = flashSaleRulesSchema.safeParse(p.rules);
    if (!parsed.success) return [];
    return parsed.data.items.filter((i) => skuIds.includes(i.skuId)).map((i) => ({ promotionId: p.id, name: p.name, skuId: i.skuId, flashPrice: i.flashPrice, endsAt: p.endsAt.toISOString() }));
  });
  const levelNames = Object.fromEntries(levels.map((l) => [l.key, localName(l, locale)]));
  return { strip, flashBanners, levelNames };
}

/** Every string under a key ending in "skuId" anywhere in a rules object. */
function referencedSkuIds(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(referencedSkuIds);
  if (!value || typeof value !== "object") return [];
  return Object.entries(value).flatMap(([k, v]) => (/skuId$/i.test(k) && typeof v === "string" ? [v] : referencedSkuIds(v)));
}
