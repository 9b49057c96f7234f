import { getTranslations as getT } from "next-intl/server";
import { pageMetadata } from "@/lib/seo/page-metadata";
import { Link } from "@/lib/i18n/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { listCatalogue, listTopCategories } from "@/lib/catalogue/list-catalogue";
import { listVenues } from "@/lib/catalogue/venue";
import { shopperOffers } from "@/lib/catalogue/shopper-offers";
import { PersonalDealsProvider } from "@/components/shop/personal-deals-client";
import { ProductCard } from "@/components/shop/product-card";
import { ActivityBanner } from "@/components/shop/activity-banner";
import { EmptyState } from "@/components/ui/empty-state";
import { localName } from "@/lib/i18n/local-name";
import { SHOPPER_ORDER } from "@/lib/pricing/kinds";
import { localePath } from "@/lib/i18n/routing";

const TYPE_ORDER = SHOPPER_ORDER;

export async function generateMetadata() {
  const [locale, t] = await Promise.all([getLocale(), getT("seo")]);
  return pageMetadata({ title: t("homeTitle"), description: t("homeDescription"), path: "/", locale });
}

const TILE_COLOURS = ["bg-rose-700", "bg-orange-700", "bg-amber-800", "bg-emerald-700", "bg-teal-700", "bg-sky-700", "bg-indigo-700", "bg-violet-700", "bg-fuchsia-700", "bg-slate-700"];

export default async function ShopHomePage() {
  const t = await getTranslations("shop");
  const tc = await getTranslations("common");
  const tt = await getTranslations("promoType");
  const locale = await getLocale();
  const now = new Date();
  const [categories, products, venues] = await Promise.all([listTopCategories(), listCatalogue({ take: 24 }), listVenues(now)]);
  // rendered once for everyone (cacheable): a visitor's 到手价; a signed-in shopper's own comes from the browser
  const skuIds = products.map((p) => p.cheapestSkuId).filter((x): x is string => !!x);
  const offers = await shopperOffers(null, skuIds, now);
  const live = venues.filter((v) => v.startsAt <= now);
  const upcoming = venues.filter((v) => v.startsAt > now);
  const byType = TYPE_ORDER.map((type) => [type, live.filter((v) => v.type === type)] as const).filter(([, vs]) => vs.length > 0);
  const banner = (v: (typeof venues)[number]) => ({ id: v.id, name: v.name, type: v.type, startsAt: v.startsAt.toISOString(), endsAt: v.endsAt.toISOString(), owner: v.shop ? localName(v.shop, locale) : null });
  return (
    <>
      <form action={localePath("/search", locale)} method="get" role="search" className="mb-3 flex gap-2">
        <label htmlFor="home-q" className="sr-only">{t("searchLabel")}</label>
        <input id="home-q" name="q" type="search" maxLength={100} placeholder={t("searchPlaceholder")} className="min-h-11 min-w-0 flex-1 rounded-full border-0 bg-white px-4 text-sm ring-1 ring-slate-300 focus:ring-2 focus:ring-brand-500" />
        <button className="min-h-11 rounded-full bg-brand-600 px-4 text-sm font-medium text-white hover:bg-brand-700">{t("searchSubmit")}</button>
      </form>
      <section aria-label={t("liveNow")} className="-mx-3 flex snap-x gap-3 overflow-x-auto px-3 pb-1" data-testid="home-banners">
        {[...live.slice(0, 6), ...upcoming.slice(0, 4)].map((v) => (
          <ActivityBanner key={v.id} v={banner(v)} nowMs={now.getTime()} />
        ))}
        {venues.length === 0 && (
          <div className="w-full rounded-2xl bg-gradient-to-r from-brand-600 via-rose-500 to-orange-400 p-6 text-white shadow">
            <h1 className="text-2xl font-bold">{t("heroTitle")}</h1>
            <p className="mt-2 text-white/90">{t("heroBody")}</p>
          </div>
        )}
      </section>
      <h1 className="sr-only">{t("heroTitle")}</h1>

      {byType.length > 0 && (
        <section aria-labelledby="by-type" className="mt-5">
          <h2 id="by-type" className="mb-2 font-semibold text-slate-800">
            {t("liveNow")}
          </h2>
          <div className="grid gap-3 sm:grid-cols-2">
            {byType.map(([type, vs]) => (
              <div key={type} className="min-w-0 rounded-2xl bg-white p-3 shadow-sm ring-1 ring-slate-200">
                <div className="mb-1 flex items-center justify-between gap-2">
                  <h3 className="text-sm font-semibold text-brand-700">{tt(type)}</h3>
                  <Link href={`/promotions?type=${type}`} className="-my-2 inline-flex min-h-11 items-center px-1 text-xs text-ink-muted hover:text-brand-700" aria-label={t("moreOfType", { type: tt(type) })} data-testid="more-of-type">
                    {t("more")} ›
                  </Link>
                </div>
                <ul className="space-y-1 text-sm">
                  {vs.slice(0, 4).map((v) => (
                    <li key={v.id}>
                      <Link href={`/promotions/${v.id}`} className="flex justify-between gap-2 rounded-lg px-2 py-1 hover:bg-slate-50">
                        <span className="truncate text-slate-800">{v.name}</span>
                        <span className="max-w-[45%] shrink-0 truncate text-xs text-ink-muted">{v.shop ? localName(v.shop, locale) : t("platformWide")}</span>
                      </Link>
                    </li>
                  ))}
                </ul>
              </div>
            ))}
          </div>
        </section>
      )}

      <nav aria-labelledby="cat-title" className="mt-5">
        <h2 id="cat-title" className="mb-2 font-semibold text-slate-800">{t("categories")}</h2>
        <ul className="grid grid-cols-4 gap-2 sm:grid-cols-6 lg:grid-cols-8" data-testid="category-grid">
          {categories.map((c, i) => (
            <li key={c.id}>
              <Link href={`/search?category=${c.id}`} className="flex flex-col items-center gap-1 rounded-xl p-2 text-center hover:bg-white">
                <span aria-hidden className={`flex h-12 w-12 items-center justify-center rounded-2xl text-lg font-bold text-white ${TILE_COLOURS[i % TILE_COLOURS.length]}`}>{localName(c, locale).slice(0, 1)}</span>
                <span className="line-clamp-1 text-xs text-slate-700">{localName(c, locale)}</span>
              </Link>
            </li>
          ))}
          <li>
            <Link href="/search" className="flex flex-col items-center gap-1 rounded-xl p-2 text-center hover:bg-white">
              <span aria-hidden className="flex h-12 w-12 items-center justify-center rounded-2xl bg-white text-lg font-bold text-slate-700 ring-1 ring-slate-300">⋯</span>
              <span className="text-xs text-slate-700">{tc("all")}</span>
            </Link>
          </li>
        </ul>
      </nav>
      <h2 className="mb-3 mt-5 font-semibold text-slate-800">{t("sectionAll")}</h2>
      {products.length === 0 ? (
        <EmptyState title={t("noProducts")} />
      ) : (
        <PersonalDealsProvider request={{ skuIds }}>
        <div className="grid grid-cols-2 gap-3 sm:grid-cols-3 lg:grid-cols-4">
          {products.map((p) => {
            const deal = p.cheapestSkuId ? offers.deals[p.cheapestSkuId] : undefined;
            return (
              <ProductCard key={p.id} id={p.id} skuId={p.cheapestSkuId ?? undefined} name={localName(p, locale)} imageUrl={p.imageUrl} price={p.minPrice} dealPrice={deal?.price} dealLabel={t("dealPrice")} labels={p.cheapestSkuId ? offers.labels[p.cheapestSkuId] : []} shopName={localName(p.shop, locale)} fromLabel={t("from")} soldOutLabel={p.inStock ? undefined : t("soldOut")} />
            );
          })}
        </div>
        </PersonalDealsProvider>
      )}
    </>
  );
}
