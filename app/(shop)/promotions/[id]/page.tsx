import { pageMetadata } from "@/lib/seo/page-metadata";
import { venueSummary } from "@/lib/seo/public-pages";
import { PLATFORM_TIME_ZONE } from "@/lib/time/zone";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { getVenue, type VenueSort } from "@/lib/catalogue/venue";
import { describeRules } from "@/lib/promotions/describe-rules";
import { PersonalDealsProvider } from "@/components/shop/personal-deals-client";
import { VenueProgressClient } from "@/components/shop/venue-progress-client";
import { CountdownClient } from "@/components/shop/countdown-client";
import { ProductCard } from "@/components/shop/product-card";
import { ClaimableList } from "@/components/shop/claimable-list";
import { EmptyState } from "@/components/ui/empty-state";
import { localName } from "@/lib/i18n/local-name";
import { VenueTasksClient } from "@/components/shop/venue-tasks-client";

const SORTS: VenueSort[] = ["default", "price-asc", "price-desc"];

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const locale = (await getLocale()) as "zh" | "en";
  const [t, p] = await Promise.all([getTranslations("seo"), venueSummary(id)]);
  if (!p) return {};
  const end = new Intl.DateTimeFormat(locale === "en" ? "en" : "zh-CN", { dateStyle: "medium", timeZone: PLATFORM_TIME_ZONE }).format(p.endsAt);
  return pageMetadata({ title: p.name, description: t("venueDescription", { rules: describeRules(p.type, p.rules, locale).join(locale === "en" ? "; " : "；"), end }), path: `/promotions/${id}`, locale });
}

export default async function VenuePage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ q?: string; sort?: string }> }) {
  const [{ id }, sp] = await Promise.all([params, searchParams]);
  const locale = (await getLocale()) as "zh" | "en";
  const sort = SORTS.find((s) => s === sp.sort) ?? "default";
  const now = new Date();
  // rendered once for everyone (cacheable): the shopper's own prices, progress and view come from the browser
  const venue = await getVenue(id, { q: sp.q?.trim() || undefined, sort, shopperId: null, cart: [], locale }, now);
  if (!venue) notFound();
  const t = await getTranslations("venue");
  const ts = await getTranslations("shop");
  const te = await getTranslations("engage");
  const tt = await getTranslations("promoType");
  const p = venue.promotion;
  const rules = describeRules(p.type, venue.rules, locale);
  const started = p.startsAt <= now;
  const ended = p.endsAt <= now || p.status === "ENDED";
  const owner = p.shop ? localName(p.shop, locale) : t("platform");
  const personal = { skuIds: venue.items.map((x) => x.skuId), progressFor: p.id, view: { type: "ACTIVITY_VIEW" as const, subject: p.id, promotions: [{ id: p.id, shopId: p.shopId, variantKey: venue.variantKey }] } };
  return (
    <PersonalDealsProvider request={personal}>
    <div className="space-y-5">
      <section className="overflow-hidden rounded-2xl bg-gradient-to-br from-rose-600 via-brand-600 to-orange-500 p-5 text-white shadow">
        <p className="text-sm text-white/80">
          {tt(p.type)} · {owner}
        </p>
        <h1 className="mt-1 text-2xl font-bold">{p.name}</h1>
        <ul className="mt-3 space-y-1 text-sm" data-testid="venue-rules">
          {rules.map((r) => (
            <li key={r} className="flex gap-2">
              <span aria-hidden>✓</span>
              {r}
            </li>
          ))}
        </ul>
        <div className="mt-4 flex flex-wrap items-center gap-2">
        <p className="inline-block rounded-full bg-black/20 px-3 py-1 text-sm" data-testid="venue-countdown">
          {ended ? t("ended") : <CountdownClient to={(started ? p.endsAt : p.startsAt).toISOString()} serverNow={now.getTime()} label={started ? t("endsIn", { time: "{time}" }) : t("startsIn", { time: "{time}" })} doneLabel={started ? t("ended") : t("startedNow")} dayUnit={ts("dayUnit")} />}
        </p>
        {!ended && <VenueTasksClient promotionId={p.id} labels={{ share: te("shareVenue"), shared: te("sharedVenue") }} />}
        </div>
      </section>

      <VenueProgressClient labels={{ title: t("yourProgress"), appliedNow: t("appliedNow", { amount: "{amount}" }), notYet: t("notYet"), nextAmount: t("nextAmount", { shortfall: "{shortfall}", off: "{off}" }), nextQuantity: t("nextQuantity", { shortfall: "{shortfall}" }), nextQuantityOne: t("nextQuantityOne"), toCart: t("toCart") }} />

      <ClaimableList items={venue.claimable} returnTo={`/promotions/${p.id}`} />

      <section aria-labelledby="venue-products">
        <h2 id="venue-products" className="mb-2 font-semibold text-slate-800">
          {t("products")}
        </h2>
        <form method="get" role="search" className="mb-3 flex flex-wrap gap-2">
          <label className="sr-only" htmlFor="venue-q">
            {t("search")}
          </label>
          <input id="venue-q" name="q" defaultValue={sp.q ?? ""} placeholder={t("search")} className="min-w-40 flex-1 rounded-full border-0 px-3 py-2 ring-1 ring-slate-300 focus:ring-2 focus:ring-brand-500 text-sm" />
          <label className="sr-only" htmlFor="venue-sort">
            {t("sort")}
          </label>
          <select id="venue-sort" name="sort" defaultValue={sort} className="rounded-full border-0 px-3 py-2 ring-1 ring-slate-300 focus:ring-2 focus:ring-brand-500 text-sm">
            {SORTS.map((s) => (
              <option key={s} value={s}>
                {t(`sorts.${s}`)}
              </option>
            ))}
          </select>
          <button className="min-h-11 rounded-full bg-slate-900 px-4 text-sm text-white">{t("go")}</button>
        </form>
        {venue.items.length === 0 ? (
          <EmptyState title={t("noProducts")} />
        ) : (
          <div className="grid grid-cols-2 gap-3 sm:grid-cols-3 lg:grid-cols-4" data-testid="venue-items">
            {venue.items.map((x) => (
              <ProductCard key={x.id} id={x.id} skuId={x.skuId} name={x.name} imageUrl={x.imageUrl} price={x.price} dealPrice={x.dealPrice} dealLabel={ts("dealPrice")} labels={x.labels} shopName={x.shopName} fromLabel={ts("from")} soldOutLabel={x.inStock ? undefined : ts("soldOut")} />
            ))}
          </div>
        )}
      </section>
    </div>
    </PersonalDealsProvider>
  );
}
