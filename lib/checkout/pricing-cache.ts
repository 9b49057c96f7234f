import { countCache } from "@/lib/ops/metrics";
import { db } from "@/lib/db/client";
import type { Promotion } from "@/lib/generated/prisma/client";
import type { CandidatePromotion, ShopInfo, SkuInfo } from "@/lib/pricing/pricing-input";
import { loadCouponTemplates, type TemplateInfo } from "./load-coupon-templates";
import { LIVE_STATUSES, toCandidate } from "./load-promotions";
import { loadSkus } from "./load-skus";
import { processState } from "@/lib/process-state";
import { redis } from "@/lib/redis/client";
import { keys } from "@/lib/redis/keys";

// A per-process copy of what every cart's price reads: live promotions, coupon templates, shops
// and SKUs. It keeps the price preview off the database under load. Read your writes (SPEC §12):
// every change to those is followed by a bump of one version number in Redis
// (bumpPricingVersion); each preview reads that number (one GET) and drops the copy when it
// moved, so the very next price request on every instance sees the change. Counters that orders
// move (budget used, stock) may lag by MAX_AGE_MS; orders never use the cache (fresh data in
// their transaction). Without Redis the copy falls back to MAX_AGE_MS.
export const MAX_AGE_MS = 2_000;
const LOOKAHEAD_MS = 60_000;

type Indexed = { candidate: CandidatePromotion; ends: number; starts: number; preview: number; shopId: string | null; scopeAll: boolean; skuIds: Set<string>; categoryIds: Set<string> };
type PromotionIndex = { at: number; list: Indexed[] };
type State = {
  version: string | null;
  promotions: PromotionIndex | null;
  loading: Promise<PromotionIndex> | null;
  shops: Map<string, { at: number; info: ShopInfo }>;
  skus: Map<string, { at: number; info: SkuInfo }>;
  templates: Map<string, { at: number; info: TemplateInfo }>;
};
const st = processState<State>("pricing-cache", () => ({ version: null, promotions: null, loading: null, shops: new Map(), skus: new Map(), templates: new Map() }));
const { shops, skus, templates } = st;

/** Drops the copy when the pricing version moved since it was filled (one Redis GET). */
export async function syncPricingCache() {
  let v: string | null;
  try {
    v = (await redis.get(keys.pricingVersion)) ?? "0";
  } catch {
    return; // Redis down: the time bound alone applies
  }
  if (v !== st.version) {
    clearPricingCache();
    st.version = v;
  }
}

/** After a committed change to promotions, coupon templates, SKUs or shops: every instance reloads. */
export async function bumpPricingVersion() {
  clearPricingCache();
  await redis.incr(keys.pricingVersion).catch((e) => console.error("pricing version bump failed (previews fall back to 2 s)", e));
}

async function loadIndex(): Promise<PromotionIndex> {
  const now = Date.now();
  // promotions starting within the look-ahead are kept too: the engine gates by time itself
  const rows = await db.promotion.findMany({
    where: { status: { in: [...LIVE_STATUSES] }, endsAt: { gt: new Date(now) }, OR: [{ startsAt: { lte: new Date(now + LOOKAHEAD_MS) } }, { previewAt: { lte: new Date(now + LOOKAHEAD_MS) } }] },
    include: { skus: { select: { skuId: true, excluded: true, withdrawnAt: true } }, categories: { select: { categoryId: true } }, variants: { orderBy: { key: "asc" } } },
  });
  return {
    at: now,
    list: rows.map((r: Promotion & { skus: { skuId: string; excluded: boolean; withdrawnAt: Date | null }[]; categories: { categoryId: string }[] }) => ({
      candidate: toCandidate(r, r.skus.filter((s) => s.withdrawnAt).map((s) => s.skuId)),
      ends: r.endsAt.getTime(),
      starts: r.startsAt.getTime(),
      preview: r.previewAt?.getTime() ?? Infinity,
      shopId: r.shopId,
      scopeAll: r.scopeAll,
      skuIds: new Set(r.skus.filter((s) => !s.excluded).map((s) => s.skuId)),
      categoryIds: new Set(r.categories.map((c) => c.categoryId)),
    })),
  };
}

/** Candidate promotions of a cart from the cached index (same filter as loadPromotions). */
export async function cachedPromotions(cart: SkuInfo[], now: Date): Promise<CandidatePromotion[]> {
  if (!st.promotions || Date.now() - st.promotions.at > MAX_AGE_MS) {
    const version = st.version;
    st.loading ??= loadIndex().finally(() => (st.loading = null));
    const loaded = await st.loading;
    // a bump while loading may have made this copy stale already: keep it for this call only
    if (st.version === version) st.promotions = loaded;
    return filterIndex(loaded, cart, now);
  }
  return filterIndex(st.promotions, cart, now);
}

function filterIndex(promotions: PromotionIndex, cart: SkuInfo[], now: Date): CandidatePromotion[] {
  const shopIds = new Set(cart.map((s) => s.shopId));
  const t = now.getTime();
  const out: CandidatePromotion[] = [];
  for (const p of promotions.list) {
    if (p.ends <= t || (p.starts > t && p.preview > t) || (p.shopId !== null && !shopIds.has(p.shopId))) continue;
    if (!p.scopeAll && !cart.some((s) => p.skuIds.has(s.id) || s.categoryIds.some((c) => p.categoryIds.has(c)))) continue;
    // a shallow copy: the caller fills in this shopper's usage
    out.push({ ...p.candidate, usage: { ...p.candidate.usage } });
  }
  return out;
}

export async function cachedSkus(ids: string[]): Promise<Record<string, SkuInfo>> {
  const t = Date.now();
  const out: Record<string, SkuInfo> = {};
  const missing: string[] = [];
  for (const id of ids) {
    const hit = skus.get(id);
    if (hit && t - hit.at <= MAX_AGE_MS) out[id] = hit.info;
    else missing.push(id);
  }
  countCache(true, ids.length - missing.length);
  if (missing.length) {
    countCache(false, missing.length);
    const loaded = await loadSkus(missing);
    for (const [id, info] of Object.entries(loaded)) {
      skus.set(id, { at: t, info });
      out[id] = info;
    }
    if (skus.size > 50_000) skus.clear();
  }
  return out;
}

export async function cachedShops(ids: string[]): Promise<Record<string, ShopInfo>> {
  const t = Date.now();
  const missing = ids.filter((id) => !shops.has(id) || t - shops.get(id)!.at > MAX_AGE_MS);
  if (missing.length) {
    const rows = await db.shop.findMany({ where: { id: { in: missing } } });
    for (const s of rows) shops.set(s.id, { at: t, info: { id: s.id, name: s.name, shippingFee: s.shippingFee, freeShippingThreshold: s.freeShippingThreshold } });
  }
  return Object.fromEntries(ids.filter((id) => shops.has(id)).map((id) => [id, shops.get(id)!.info]));
}

export async function cachedCouponTemplates(ids: string[]): Promise<Map<string, TemplateInfo>> {
  const t = Date.now();
  const missing = ids.filter((id) => !templates.has(id) || t - templates.get(id)!.at > MAX_AGE_MS);
  if (missing.length) for (const [id, info] of await loadCouponTemplates(missing)) templates.set(id, { at: t, info });
  return new Map(ids.filter((id) => templates.has(id)).map((id) => [id, templates.get(id)!.info]));
}

/** Forget everything (tests; and this process's own admin writes). */
export function clearPricingCache() {
  st.promotions = null;
  shops.clear();
  skus.clear();
  templates.clear();
}
