import { shopPageMetadata } from "@/lib/seo/shop-metadata";
import { Link } from "@/lib/i18n/navigation";
import { shopRedirect } from "@/lib/i18n/shop-redirect";
import { getTranslations } from "next-intl/server";
import { getSessionActor } from "@/lib/auth/session-actor";
import { getShopper, memberSummary } from "@/lib/shoppers/get-shopper";
import { unreadCount } from "@/lib/deliveries/inbox";
import { currentLottery } from "@/lib/engagement/lottery";
import { memberCard } from "@/lib/members/member-levels";
import { claimPackAction } from "@/lib/engagement/engagement-actions";
import { SubmitButtonClient } from "@/components/ui/submit-button-client";
import { getLocale } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import { SignOutButton } from "@/components/ui/sign-out-button";

export const generateMetadata = () => shopPageMetadata("meTitle", "/me");

export default async function MePage({ searchParams }: { searchParams: Promise<{ pack?: string }> }) {
  const actor = await getSessionActor();
  if (actor?.kind !== "shopper") return shopRedirect("/login?callbackUrl=/me");
  const shopper = await getShopper(actor.id);
  const t = await getTranslations();
  const [{ unused, expiring, unpaid, orders }, unread, lottery, card, sp, locale] = await Promise.all([memberSummary(actor.id), unreadCount(actor.id), currentLottery(), memberCard(actor.id), searchParams, getLocale()]);
  const levelName = (l: { name: string; nameEn: string | null }) => (locale === "en" && l.nameEn ? l.nameEn : l.name);
  return (
    <>
      <section className="rounded-2xl bg-gradient-to-br from-slate-900 to-slate-700 p-5 text-white shadow">
        <p className="text-sm text-white/70">{t("shop.memberCentre")}</p>
        <h1 className="mt-1 text-2xl font-semibold" data-testid="shopper-name">
          {shopper.name}
        </h1>
        <div className="mt-3 flex gap-2">
          <Badge tone="amber">{shopper.memberLevel}</Badge>
          <Badge tone={shopper.firstOrderDone ? "gray" : "green"}>{shopper.firstOrderDone ? t("shop.returning") : t("shop.newUser")}</Badge>
        </div>
      </section>
      <section className="mt-4 rounded-2xl bg-white p-4 shadow-sm ring-1 ring-slate-200" data-testid="member-card">
        <div className="flex items-center justify-between">
          <h2 className="font-semibold text-slate-900">{levelName(card)}</h2>
          <span className="text-xs text-ink-muted">{t("engage.growth", { n: card.growth })}</span>
        </div>
        {card.next ? (
          <>
            <div className="mt-2 h-2 overflow-hidden rounded-full bg-slate-100" role="progressbar" aria-valuenow={Math.round(card.next.progress * 100)} aria-valuemin={0} aria-valuemax={100} aria-label={t("engage.toNext", { level: levelName(card.next) })}>
              <div className="h-full bg-amber-400" style={{ width: `${Math.round(card.next.progress * 100)}%` }} />
            </div>
            <p className="mt-1 text-xs text-ink-muted">{t("engage.need", { n: card.next.need, level: levelName(card.next) })}</p>
          </>
        ) : (
          <p className="mt-1 text-xs text-ink-muted">{t("engage.topLevel")}</p>
        )}
        <ul className="mt-3 flex flex-wrap gap-2 text-xs">
          <li className="rounded-full bg-amber-50 px-3 py-1 text-amber-800">{t("engage.benefitMemberPrice")}</li>
          {card.benefits.freeShipping && <li className="rounded-full bg-emerald-50 px-3 py-1 text-emerald-800">{t("engage.benefitFreeShipping")}</li>}
          {card.benefits.monthlyCoupons > 0 && <li className="rounded-full bg-rose-50 px-3 py-1 text-rose-800">{t("engage.benefitPack", { n: card.benefits.monthlyCoupons })}</li>}
        </ul>
        {card.pack.claimable && (
          <form action={claimPackAction} className="mt-3">
            <SubmitButtonClient className="min-h-11 w-full rounded-lg bg-rose-600 px-4 text-sm font-semibold text-white disabled:opacity-50">{t("engage.claimPack")}</SubmitButtonClient>
          </form>
        )}
        {sp.pack && card.pack.claimed && <p role="status" className="mt-2 text-sm text-emerald-700">{t("engage.packClaimed")}</p>}
      </section>
      <dl className="mt-4 grid grid-cols-3 gap-3 text-center">
        {[
          [t("shop.level"), shopper.memberLevel],
          [t("shop.points"), shopper.points],
          [t("shop.growth"), shopper.growth],
        ].map(([k, v]) => (
          <div key={String(k)} className="rounded-xl bg-white p-4 ring-1 ring-slate-200">
            <dt className="text-xs text-ink-muted">{k}</dt>
            <dd className="mt-1 text-lg font-semibold tabular-nums text-slate-900">{v}</dd>
          </div>
        ))}
      </dl>
      <nav aria-label={t("shop.memberCentre")} className="mt-4 grid grid-cols-2 gap-3">
        <Link href="/orders" className="rounded-xl bg-white p-4 ring-1 ring-slate-200 hover:ring-brand-300" data-testid="me-orders">
          <p className="font-medium text-slate-900">{t("shop.myOrders")}</p>
          <p className="mt-1 text-xs text-ink-muted">{t("shop.ordersSummary", { count: orders, unpaid })}</p>
        </Link>
        <Link href="/coupons?state=UNUSED" className="rounded-xl bg-white p-4 ring-1 ring-slate-200 hover:ring-brand-300" data-testid="me-coupons">
          <p className="font-medium text-slate-900">{t("shop.myCoupons")}</p>
          <p className="mt-1 text-xs text-ink-muted">{t("shop.couponsSummary", { count: unused })}</p>
          {expiring > 0 && <p className="mt-1 text-xs text-amber-700">{t("shop.expiringSummary", { count: expiring })}</p>}
        </Link>
        <Link href="/me/messages" className="rounded-xl bg-white p-4 ring-1 ring-slate-200 hover:ring-brand-300" data-testid="me-messages">
          <p className="font-medium text-slate-900">{t("inbox.title")}</p>
          <p className="mt-1 text-xs text-ink-muted">{t("inbox.unread", { count: unread })}</p>
        </Link>
        <Link href="/me/invite" className="rounded-xl bg-white p-4 ring-1 ring-slate-200 hover:ring-brand-300" data-testid="me-invite">
          <p className="font-medium text-slate-900">{t("invite.title")}</p>
          <p className="mt-1 text-xs text-ink-muted">{t("invite.tile")}</p>
        </Link>
      </nav>
      <h2 className="mb-2 mt-6 text-sm font-semibold text-slate-900">{t("engage.centre")}</h2>
      <nav aria-label={t("engage.centre")} className="grid grid-cols-2 gap-3" data-testid="engagement">
        {[
          ["/me/check-in", "📅", t("engage.checkInTitle"), t("engage.checkInTile")],
          ["/me/tasks", "✅", t("engage.tasksTitle"), t("engage.tasksTile")],
          ["/me/points-mall", "🛍", t("engage.pointsMallTitle"), t("engage.mallTile")],
          ["/me/points", "🪙", t("engage.pointsTitle"), t("engage.pointsTile", { n: shopper.points })],
          ...(lottery ? [[`/lottery/${lottery.id}`, "🎡", t("engage.lotteryTitle"), t("engage.lotteryTile")]] : []),
        ].map(([href, icon, title, sub]) => (
          <Link key={href} href={href} className="rounded-xl bg-white p-4 ring-1 ring-slate-200 hover:ring-brand-300">
            <p className="font-medium text-slate-900"><span aria-hidden>{icon}</span> {title}</p>
            <p className="mt-1 text-xs text-ink-muted">{sub}</p>
          </Link>
        ))}
      </nav>
      <div className="mt-6 text-center">
        <SignOutButton label={t("common.signOut")} callbackUrl={locale === "en" ? "/en" : "/"} className="text-sm text-ink-muted underline" />
      </div>
    </>
  );
}
