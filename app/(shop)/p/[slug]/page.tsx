import { notFound } from "next/navigation";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { pageMetadata } from "@/lib/seo/page-metadata";
import { Link } from "@/lib/i18n/navigation";
import { livePage } from "@/lib/pages/page-actions";
import { pageData } from "@/lib/pages/page-data";
import { PLATFORM_TIME_ZONE } from "@/lib/time/zone";
import { PersonalDealsProvider } from "@/components/shop/personal-deals-client";
import { PageViewBeaconClient } from "@/components/shop/page-view-beacon-client";
import { ProductCard } from "@/components/shop/product-card";
import { ClaimableList } from "@/components/shop/claimable-list";
import { CountdownClient } from "@/components/shop/countdown-client";

export async function generateMetadata({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const page = await livePage(slug.slice(0, 60));
  if (!page) return {};
  return pageMetadata({ title: page.title, description: page.title, path: `/p/${slug}`, locale: (await getLocale()) as "zh" | "en" });
}

/**
 * 活动页 (SPEC §11): a published page, rendered on the server the same for everyone (a CDN may
 * cache it) — 到手价 from the engine for a visitor; a signed-in shopper's own prices (level,
 * coupons) replace them in place from the browser, as on home and venues. Readable without client
 * scripts (the countdown ticks when scripts load; its end time is in the text). The browser counts
 * the view for the reports (cached copies would not reach the server).
 */
export default async function ActivityPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const now = new Date();
  const page = await livePage(slug.slice(0, 60), now);
  if (!page) notFound();
  const [locale, t, ts, tv, format] = await Promise.all([getLocale(), getTranslations("pages"), getTranslations("shop"), getTranslations("venue"), getFormatter()]);
  const sections = await pageData(page.blocks, null, locale as "zh" | "en", now);
  const skuIds = [...new Set(sections.flatMap((s) => ("items" in s && s.items ? s.items.map((x) => x.skuId) : [])))];
  return (
    <PersonalDealsProvider request={{ skuIds }}>
    <PageViewBeaconClient slug={slug} />
    <article className="space-y-5" data-testid="activity-page">
      <h1 className="sr-only">{page.title}</h1>
      {sections.map((s) => {
        const b = s.block;
        switch (b.type) {
          case "BANNER": {
            const inner = (
              <div className="relative overflow-hidden rounded-2xl bg-gradient-to-br from-rose-600 to-orange-500 text-white shadow">
                {/* eslint-disable-next-line @next/next/no-img-element */}
                <img src={b.image} alt="" className="absolute inset-0 h-full w-full object-cover opacity-40" />
                <div className="relative p-6">
                  <p className="text-2xl font-bold">{b.title}</p>
                  {b.subtitle && <p className="mt-1 text-sm text-white/90">{b.subtitle}</p>}
                </div>
              </div>
            );
            return <section key={b.id} id={b.id}>{b.link ? <Link href={b.link}>{inner}</Link> : inner}</section>;
          }
          case "COUNTDOWN": {
            const p = "promotion" in s ? s.promotion : null;
            if (!p) return null;
            const started = p.startsAt <= now;
            const to = started ? p.endsAt : p.startsAt;
            return (
              <section key={b.id} id={b.id} className="rounded-2xl bg-slate-900 p-4 text-center text-white">
                <p className="text-sm text-white/80">{b.title ?? p.name}</p>
                <p className="mt-1 text-lg font-semibold tabular-nums">
                  <CountdownClient to={to.toISOString()} serverNow={now.getTime()} label={started ? tv("endsIn", { time: "{time}" }) : tv("startsIn", { time: "{time}" })} doneLabel={started ? tv("ended") : tv("startedNow")} dayUnit={ts("dayUnit")} />
                </p>
                <p className="text-xs text-white/60">{t(started ? "endsAt" : "startsAt", { at: format.dateTime(to, { dateStyle: "medium", timeStyle: "short", timeZone: PLATFORM_TIME_ZONE }) })}</p>
              </section>
            );
          }
          case "PRODUCT_GRID": {
            const items = ("items" in s ? s.items : undefined) ?? [];
            return (
              <section key={b.id} id={b.id} aria-label={b.title ?? t("products")}>
                {b.title && <h2 className="mb-2 font-semibold text-slate-800">{b.title}</h2>}
                {items.length === 0 ? (
                  <p className="text-sm text-ink-muted">{t("noProducts")}</p>
                ) : (
                  <div className="grid grid-cols-2 gap-3 sm:grid-cols-3 lg:grid-cols-4" data-testid="page-grid">
                    {items.map((x) => (
                      <ProductCard key={x.id} id={x.id} skuId={x.skuId} name={x.name} imageUrl={x.imageUrl} price={x.price} dealPrice={x.dealPrice} dealLabel={ts("dealPrice")} labels={x.labels} shopName={x.shopName} fromLabel={ts("from")} soldOutLabel={x.inStock ? undefined : ts("soldOut")} />
                    ))}
                  </div>
                )}
              </section>
            );
          }
          case "COUPON_STRIP": {
            const coupons = ("coupons" in s ? s.coupons : undefined) ?? [];
            return coupons.length ? (
              <section key={b.id} id={b.id}>
                {b.title && <h2 className="mb-2 font-semibold text-slate-800">{b.title}</h2>}
                <ClaimableList items={coupons} returnTo={`/p/${slug}`} />
              </section>
            ) : null;
          }
          case "FLASH_STRIP": {
            const slots = ("slots" in s ? s.slots : undefined) ?? [];
            return slots.length ? (
              <section key={b.id} id={b.id} className="rounded-2xl bg-white p-4 shadow-sm ring-1 ring-slate-200">
                <h2 className="mb-2 font-semibold text-slate-800">⚡ {b.title ?? t("flash")}</h2>
                <ul className="flex gap-2 overflow-x-auto">
                  {slots.map((f) => (
                    <li key={f.id}>
                      <Link href="/flash-sales" className="block min-w-32 rounded-xl bg-rose-50 p-3 text-sm text-rose-800">
                        <span className="block font-semibold tabular-nums">{format.dateTime(f.startsAt, { timeStyle: "short", timeZone: PLATFORM_TIME_ZONE })}</span>
                        {f.name}
                      </Link>
                    </li>
                  ))}
                </ul>
              </section>
            ) : null;
          }
          case "RICH_TEXT":
            return <section key={b.id} id={b.id} className="prose prose-sm max-w-none rounded-2xl bg-white p-4 text-sm text-slate-700 shadow-sm ring-1 ring-slate-200" dangerouslySetInnerHTML={{ __html: b.html }} />;
          case "TABS":
            return (
              <nav key={b.id} id={b.id} aria-label={t("sections")} className="sticky top-14 z-10 -mx-1 flex gap-2 overflow-x-auto bg-slate-50/95 px-1 py-2">
                {b.items.map((it) => (
                  <a key={it.target} href={`#${it.target}`} className="inline-flex min-h-11 shrink-0 items-center rounded-full bg-white px-4 text-sm font-medium text-slate-800 ring-1 ring-slate-200">{it.label}</a>
                ))}
              </nav>
            );
          case "HOT_ZONE":
            return (
              <section key={b.id} id={b.id} className="relative overflow-hidden rounded-2xl">
                {/* eslint-disable-next-line @next/next/no-img-element */}
                <img src={b.image} alt={b.alt} className="w-full" />
                {b.zones.map((z, i) => (
                  <Link key={i} href={z.link} aria-label={z.label} className="absolute block focus-visible:outline-2 focus-visible:outline-white" style={{ left: `${z.x}%`, top: `${z.y}%`, width: `${z.w}%`, height: `${z.h}%` }} />
                ))}
              </section>
            );
          default:
            return null;
        }
      })}
    </article>
    </PersonalDealsProvider>
  );
}
