import { getTranslations } from "next-intl/server";
import { shopPageMetadata } from "@/lib/seo/shop-metadata";
import { requireShopperId } from "@/lib/auth/session-actor";
import { checkInStatus } from "@/lib/engagement/check-in";
import { checkInAction } from "@/lib/engagement/engagement-actions";
import { oneParam } from "@/lib/http/search-param";
import { SubmitButtonClient } from "@/components/ui/submit-button-client";

export const generateMetadata = () => shopPageMetadata("checkInTitle", "/me/check-in");

/** 每日签到: the month's calendar, the streak, the cycle's rewards and today's button. */
export default async function CheckInPage({ searchParams }: { searchParams: Promise<{ done?: string; error?: string }> }) {
  const shopperId = await requireShopperId("/me/check-in");
  const sp = await searchParams;
  const t = await getTranslations("engage");
  const te = await getTranslations("errors");
  const st = await checkInStatus(shopperId);
  const [y, m] = st.month.split("-").map(Number);
  const daysInMonth = new Date(Date.UTC(y, m, 0)).getUTCDate();
  const firstWeekday = new Date(Date.UTC(y, m - 1, 1)).getUTCDay();
  const checked = new Map(st.days.map((d) => [Number(d.day.slice(8)), d]));
  const error = oneParam(sp.error, 40);
  return (
    <>
      <section className="rounded-2xl bg-gradient-to-br from-amber-500 to-rose-500 p-5 text-white shadow">
        <h1 className="text-lg font-semibold">{t("checkInTitle")}</h1>
        <p className="mt-1 text-3xl font-bold tabular-nums" data-testid="streak">{t("streak", { n: st.streak })}</p>
        <p className="mt-1 text-sm text-white/90">{st.checkedToday ? t("checkedToday") : t("todayReward", { points: st.nextReward.points, day: st.nextReward.cycleDay })}</p>
        {!st.checkedToday && st.active && (
          <form action={checkInAction} className="mt-4">
            <input type="hidden" name="day" value={st.today} />
            <SubmitButtonClient className="min-h-11 w-full rounded-xl bg-white px-5 text-base font-semibold text-rose-600 disabled:opacity-60">{t("checkIn")}</SubmitButtonClient>
          </form>
        )}
        {oneParam(sp.done) && st.checkedToday && <p role="status" className="mt-3 text-sm font-medium">{t("checkedIn", { points: st.days.at(-1)?.points ?? 0 })}</p>}
        {error && <p role="alert" className="mt-3 rounded-lg bg-white/90 p-2 text-sm text-rose-700">{te.has(error) ? te(error) : error}</p>}
      </section>
      <ol className="mt-4 grid grid-cols-7 gap-1.5" aria-label={t("rewardsLabel")}>
        {st.rewards.map((r, i) => (
          <li key={i} className={`rounded-lg p-2 text-center text-xs ring-1 ${i + 1 === st.nextReward.cycleDay && !st.checkedToday ? "bg-amber-50 ring-amber-300" : "bg-white ring-slate-200"}`}>
            <span className="block text-ink-muted">{t("dayN", { n: i + 1 })}</span>
            <span className="block font-semibold tabular-nums text-slate-900">+{r.points}</span>
            {r.couponTemplateId && <span className="block text-rose-600">🎟</span>}
          </li>
        ))}
      </ol>
      <section className="mt-4 rounded-2xl bg-white p-4 shadow-sm ring-1 ring-slate-200">
        <h2 className="mb-2 text-sm font-semibold text-slate-900">{st.month}</h2>
        <div className="grid grid-cols-7 gap-1 text-center text-sm" role="grid" data-testid="check-in-calendar">
          {t("weekdays").split(",").map((w) => <span key={w} role="columnheader" className="text-xs text-ink-muted">{w}</span>)}
          {Array.from({ length: firstWeekday }, (_, i) => <span key={`pad-${i}`} />)}
          {Array.from({ length: daysInMonth }, (_, i) => {
            const d = checked.get(i + 1);
            return (
              <span key={i} role="gridcell" aria-label={d ? t("checkedDay", { day: i + 1, points: d.points }) : String(i + 1)} className={`mx-auto flex h-9 w-9 items-center justify-center rounded-full tabular-nums ${d ? "bg-rose-500 font-semibold text-white" : "text-slate-700"}`}>
                {i + 1}
              </span>
            );
          })}
        </div>
      </section>
    </>
  );
}
