import { shopPageMetadata } from "@/lib/seo/shop-metadata";
import { Link } from "@/lib/i18n/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { getSessionActor } from "@/lib/auth/session-actor";
import { couponCenter } from "@/lib/coupons/coupon-center";
import { listMyCoupons } from "@/lib/coupons/list-my-coupons";
import type { CouponState } from "@/lib/generated/prisma/enums";
import { ClaimButtonClient } from "@/components/shop/claim-button-client";
import { CouponFace as Face } from "@/components/shop/coupon-face";
import { RedeemFormClient } from "@/components/shop/redeem-form-client";
import { EmptyState } from "@/components/ui/empty-state";

const STATES: CouponState[] = ["UNUSED", "LOCKED", "USED", "EXPIRED"];

export const generateMetadata = () => shopPageMetadata("couponsTitle", "/coupons");

export default async function CouponCenterPage({ searchParams }: { searchParams: Promise<{ state?: string; cursor?: string }> }) {
  const sp = await searchParams;
  const t = await getTranslations("center");
  const format = await getFormatter();
  const actor = await getSessionActor();
  const shopperId = actor?.kind === "shopper" ? actor.id : null;
  const state = STATES.find((s) => s === sp.state) ?? "UNUSED";
  const [center, mine] = await Promise.all([couponCenter(shopperId ?? "", "coupon-center", new Date(), { cursor: sp.cursor?.slice(0, 64), take: 20 }), shopperId ? listMyCoupons(shopperId, state) : null]);
  const tt = (k: string, v?: Record<string, string>) => t(k, v);
  return (
    <div className="space-y-6">
      <section>
        <h1 className="mb-3 text-lg font-semibold text-slate-900">{t("title")}</h1>
        {center.items.length === 0 ? (
          <EmptyState title={t("none")} />
        ) : (
          <ul className="space-y-3">
            {center.items.map((c) => (
              <li key={c.campaignId} className="flex items-center gap-3 rounded-xl bg-white p-3 shadow-sm ring-1 ring-slate-200">
                <Face c={c} t={tt} />
                <div className="min-w-0 flex-1 border-l border-dashed border-slate-200 pl-3">
                  <p className="truncate font-medium text-slate-900">{c.name}</p>
                  <p className="text-xs text-ink-muted">
                    {c.shopName ?? t("platform")} · {t("left", { count: String(c.remaining) })}
                  </p>
                </div>
                {shopperId ? (
                  <ClaimButtonClient campaignId={c.campaignId} disabled={!c.canClaim} label={c.canClaim ? t("claim") : c.remaining <= 0 ? t("soldOut") : t("claimed")} />
                ) : (
                  <Link href="/login?callbackUrl=/coupons" className="inline-flex min-h-11 items-center rounded-full bg-brand-600 px-4 py-1.5 text-sm font-medium text-white">
                    {t("claim")}
                  </Link>
                )}
              </li>
            ))}
          </ul>
        )}
        {center.nextCursor && (
          <p className="mt-3 text-center">
            <Link href={`/coupons?${new URLSearchParams({ ...(sp.state ? { state: sp.state } : {}), cursor: center.nextCursor })}`} className="inline-flex min-h-11 items-center text-sm font-medium text-brand-700 underline">
              {t("more")}
            </Link>
          </p>
        )}
      </section>
      {shopperId && mine && (
        <>
          <section className="rounded-xl bg-white p-4 shadow-sm ring-1 ring-slate-200">
            <h2 className="mb-2 font-semibold text-slate-800">{t("redeemTitle")}</h2>
            <RedeemFormClient />
          </section>
          <section>
            <h2 className="mb-3 font-semibold text-slate-800">{t("mine")}</h2>
            <nav aria-label={t("mine")} className="mb-3 flex gap-2">
              {STATES.map((s) => (
                <Link key={s} href={`/coupons?state=${s}`} aria-current={s === state ? "page" : undefined} className={`rounded-full px-3 py-1 text-sm ${s === state ? "bg-slate-900 text-white" : "bg-white text-slate-600 ring-1 ring-slate-200"}`}>
                  {t(`state.${s}`)}
                </Link>
              ))}
            </nav>
            {mine.items.length === 0 ? (
              <EmptyState title={t("noneMine")} />
            ) : (
              <ul className="space-y-3" data-testid="my-coupons">
                {mine.items.map((c) => (
                  <li key={c.id} className={`flex items-center gap-3 rounded-xl bg-white p-3 ring-1 ring-slate-200 ${c.state === "EXPIRED" || c.state === "USED" ? "opacity-60" : ""}`}>
                    <Face c={c} t={tt} />
                    <div className="min-w-0 flex-1 border-l border-dashed border-slate-200 pl-3">
                      <p className="truncate font-medium text-slate-900">{c.name}</p>
                      <p className="text-xs text-ink-muted">{t("until", { date: format.dateTime(new Date(c.validTo), { dateStyle: "medium", timeStyle: "short" }) })}</p>
                    </div>
                    {c.expiringSoon && <span className="shrink-0 rounded-full bg-amber-100 px-2 py-0.5 text-xs text-amber-800">{t("expiringSoon")}</span>}
                  </li>
                ))}
              </ul>
            )}
          </section>
        </>
      )}
    </div>
  );
}
