import { getLocale, getTranslations } from "next-intl/server";
import { CurrentChipNav } from "@/components/ui/current-chip-nav-client";
import { Link } from "@/lib/i18n/navigation";
import { shopPageMetadata } from "@/lib/seo/shop-metadata";
import { listVenues } from "@/lib/catalogue/venue";
import { SHOPPER_ORDER } from "@/lib/pricing/kinds";
import { oneParam } from "@/lib/http/search-param";
import { localName } from "@/lib/i18n/local-name";
import { ActivityBanner } from "@/components/shop/activity-banner";
import { EmptyState } from "@/components/ui/empty-state";

export const generateMetadata = () => shopPageMetadata("promotionsTitle", "/promotions");

/**
 * 全部活动: every live or soon-starting venue, by kind (the home page's "更多" of each kind lands
 * on its tab). Same for every visitor (cacheable).
 */
export default async function PromotionsPage({ searchParams }: { searchParams: Promise<{ type?: string | string[] }> }) {
  const asked = oneParam((await searchParams).type);
  const type = SHOPPER_ORDER.find((x) => x === asked) ?? null;
  const [t, tt, locale] = await Promise.all([getTranslations("shop"), getTranslations("promoType"), getLocale()]);
  const now = new Date();
  const venues = await listVenues(now);
  const kinds = SHOPPER_ORDER.filter((k) => venues.some((v) => v.type === k));
  const shown = venues.filter((v) => !type || v.type === type);
  return (
    <>
      <h1 className="mb-3 text-lg font-semibold text-slate-900">{type ? tt(type) : t("allPromotions")}</h1>
      <CurrentChipNav label={t("promotionKinds")} className="-mx-3 mb-4 flex gap-1 overflow-x-auto px-3 pb-1">
        <Link href="/promotions" aria-current={!type ? "page" : undefined} className={`inline-flex min-h-11 items-center whitespace-nowrap rounded-full px-3 text-sm ${!type ? "bg-slate-900 text-white" : "bg-white text-slate-700 ring-1 ring-slate-200"}`}>
          {t("allPromotions")}
        </Link>
        {kinds.map((k) => (
          <Link key={k} href={`/promotions?type=${k}`} aria-current={type === k ? "page" : undefined} className={`inline-flex min-h-11 items-center whitespace-nowrap rounded-full px-3 text-sm ${type === k ? "bg-slate-900 text-white" : "bg-white text-slate-700 ring-1 ring-slate-200"}`}>
            {tt(k)}
          </Link>
        ))}
      </CurrentChipNav>
      {shown.length === 0 ? (
        <EmptyState title={t("noPromotions")} />
      ) : (
        <div className="grid gap-3 sm:grid-cols-2 [&>a]:w-full" data-testid="promotion-list">
          {shown.map((v) => (
            <ActivityBanner key={v.id} v={{ id: v.id, name: v.name, type: v.type, startsAt: v.startsAt.toISOString(), endsAt: v.endsAt.toISOString(), owner: v.shop ? localName(v.shop, locale) : null }} nowMs={now.getTime()} />
          ))}
        </div>
      )}
    </>
  );
}
