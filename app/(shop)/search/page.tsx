import { getLocale, getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import { shopPageMetadata } from "@/lib/seo/shop-metadata";
import { listTopCategories } from "@/lib/catalogue/list-catalogue";
import { SEARCH_SORTS, searchCatalogue, searchQuerySchema, type SearchQuery } from "@/lib/catalogue/search-catalogue";
import { shopperOffers } from "@/lib/catalogue/shopper-offers";
import { PersonalDealsProvider } from "@/components/shop/personal-deals-client";
import { ProductCard } from "@/components/shop/product-card";
import { EmptyState } from "@/components/ui/empty-state";
import { localName } from "@/lib/i18n/local-name";
import { centsToYuanText } from "@/lib/pricing/money";

export const generateMetadata = () => shopPageMetadata("searchTitle", "/search");

type Raw = Record<string, string | string[] | undefined>;

const yuan = (cents: number | undefined) => (cents === undefined ? undefined : centsToYuanText(cents));

/** The query string of a search with some fields changed (sort links, pages). */
function hrefOf(q: SearchQuery, change: Partial<Record<keyof SearchQuery, string | number | undefined>>) {
  const base: Record<string, string | number | undefined> = { q: q.q || undefined, category: q.category, sort: q.sort === "relevance" ? undefined : q.sort, min: yuan(q.min), max: yuan(q.max), inStock: q.inStock, onOffer: q.onOffer, ...change };
  const qs = new URLSearchParams(Object.entries(base).filter((e): e is [string, string | number] => e[1] !== undefined && e[1] !== "").map(([k, v]) => [k, String(v)]));
  const s = qs.toString();
  return s ? `/search?${s}` : "/search";
}

/**
 * 搜索: keyword, category, price range, in stock, on offer, sorted by relevance / price / newest,
 * paged — all plain GET forms and links (works without scripts, shareable, cacheable). Prices are
 * the visitor's 到手价; a signed-in shopper's own replace them in place.
 */
export default async function SearchPage({ searchParams }: { searchParams: Promise<Raw> }) {
  const raw = await searchParams;
  const one = (k: string) => (Array.isArray(raw[k]) ? raw[k]![0] : raw[k]);
  const query = searchQuerySchema.parse({ q: one("q") ?? "", category: one("category") || undefined, sort: one("sort") ?? "relevance", min: one("min") || undefined, max: one("max") || undefined, inStock: one("inStock"), onOffer: one("onOffer"), page: one("page") ?? 1 });
  const [t, locale, categories] = await Promise.all([getTranslations("search"), getLocale(), listTopCategories()]);
  const ts = await getTranslations("shop");
  const result = await searchCatalogue(query);
  const skuIds = result.items.map((p) => p.cheapestSkuId);
  const offers = await shopperOffers(null, skuIds);
  const field = "rounded-lg border-0 px-3 py-2 text-sm ring-1 ring-slate-300 focus:ring-2 focus:ring-brand-500";
  const filtered = Boolean(query.category || query.min !== undefined || query.max !== undefined || query.inStock || query.onOffer);
  return (
    <>
      <h1 className="sr-only">{t("title")}</h1>
      <form method="get" role="search" className="space-y-3">
        <div className="flex gap-2">
          <label className="sr-only" htmlFor="search-q">{t("keyword")}</label>
          <input id="search-q" name="q" type="search" defaultValue={query.q} placeholder={t("placeholder")} maxLength={100} className={`${field} min-h-11 flex-1 bg-white`} />
          {query.sort !== "relevance" && <input type="hidden" name="sort" value={query.sort} />}
          <button className="min-h-11 rounded-full bg-brand-600 px-5 text-sm font-medium text-white hover:bg-brand-700">{t("submit")}</button>
        </div>
        <details className="rounded-2xl bg-white ring-1 ring-slate-200" open={filtered}>
          <summary className="flex min-h-11 cursor-pointer items-center px-4 text-sm font-medium text-slate-700">{t("filters")}{filtered && <span className="ml-2 rounded-full bg-brand-50 px-2 text-xs text-brand-700">{t("filtersOn")}</span>}</summary>
          <div className="grid gap-3 border-t border-slate-100 p-4 sm:grid-cols-2">
            <label className="text-sm">
              <span className="mb-1 block text-slate-700">{t("category")}</span>
              <select name="category" defaultValue={query.category ?? ""} className={`${field} w-full`}>
                <option value="">{t("anyCategory")}</option>
                {categories.map((c) => (
                  <option key={c.id} value={c.id}>{localName(c, locale)}</option>
                ))}
              </select>
            </label>
            <fieldset className="text-sm">
              <legend className="mb-1 text-slate-700">{t("priceRange")}</legend>
              <div className="flex items-center gap-2">
                <input name="min" type="number" min={0} step="0.01" inputMode="decimal" defaultValue={yuan(query.min)} aria-label={t("minPrice")} placeholder={t("minPrice")} className={`${field} w-full`} />
                <span aria-hidden>–</span>
                <input name="max" type="number" min={0} step="0.01" inputMode="decimal" defaultValue={yuan(query.max)} aria-label={t("maxPrice")} placeholder={t("maxPrice")} className={`${field} w-full`} />
              </div>
            </fieldset>
            <label className="flex min-h-11 items-center gap-2 text-sm text-slate-700">
              <input type="checkbox" name="inStock" value="1" defaultChecked={!!query.inStock} className="h-5 w-5 accent-brand-600" /> {t("inStock")}
            </label>
            <label className="flex min-h-11 items-center gap-2 text-sm text-slate-700">
              <input type="checkbox" name="onOffer" value="1" defaultChecked={!!query.onOffer} className="h-5 w-5 accent-brand-600" /> {t("onOffer")}
            </label>
            <div className="flex gap-2 sm:col-span-2">
              <button className="min-h-11 rounded-full bg-slate-900 px-5 text-sm font-medium text-white">{t("apply")}</button>
              <Link href={hrefOf(query, { category: undefined, min: undefined, max: undefined, inStock: undefined, onOffer: undefined, page: undefined })} className="inline-flex min-h-11 items-center rounded-full px-4 text-sm text-slate-700 ring-1 ring-slate-300">{t("clear")}</Link>
            </div>
          </div>
        </details>
      </form>

      <div className="mt-4 flex flex-wrap items-center justify-between gap-2">
        <p className="text-sm text-ink-muted" role="status" data-testid="search-count">{t("count", { count: result.total })}</p>
        <nav aria-label={t("sortLabel")} className="flex flex-wrap gap-1">
          {SEARCH_SORTS.map((s) => (
            <Link key={s} href={hrefOf(query, { sort: s === "relevance" ? undefined : s, page: undefined })} aria-current={query.sort === s ? "true" : undefined} className={`inline-flex min-h-11 items-center rounded-full px-3 text-sm ${query.sort === s ? "bg-slate-900 text-white" : "text-slate-700 hover:bg-white"}`}>
              {t(`sort_${s}`)}
            </Link>
          ))}
        </nav>
      </div>

      {result.items.length === 0 ? (
        <div className="mt-4"><EmptyState title={t("none")} /></div>
      ) : (
        <PersonalDealsProvider request={{ skuIds }}>
          <div className="mt-3 grid grid-cols-2 gap-3 sm:grid-cols-3 lg:grid-cols-4" data-testid="search-results">
            {result.items.map((p) => (
              <ProductCard key={p.id} id={p.id} skuId={p.cheapestSkuId} name={localName(p, locale)} imageUrl={p.imageUrl} price={p.minPrice} dealPrice={offers.deals[p.cheapestSkuId]?.price} dealLabel={ts("dealPrice")} labels={offers.labels[p.cheapestSkuId] ?? []} shopName={localName(p.shop, locale)} fromLabel={ts("from")} soldOutLabel={p.inStock ? undefined : ts("soldOut")} />
            ))}
          </div>
        </PersonalDealsProvider>
      )}
      {result.pages > 1 && (
        <nav aria-label={t("pages")} className="mt-4 flex items-center justify-center gap-3 text-sm">
          {query.page > 1 && <Link href={hrefOf(query, { page: query.page - 1 })} className="inline-flex min-h-11 items-center rounded-full px-4 ring-1 ring-slate-300">{t("prev")}</Link>}
          <span className="tabular-nums text-ink-muted">{query.page} / {result.pages}</span>
          {query.page < result.pages && <Link href={hrefOf(query, { page: query.page + 1 })} className="inline-flex min-h-11 items-center rounded-full px-4 ring-1 ring-slate-300">{t("next")}</Link>}
        </nav>
      )}
    </>
  );
}
