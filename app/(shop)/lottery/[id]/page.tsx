import { randomUUID } from "node:crypto";
import { orNotFound } from "@/lib/http/or-not-found";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { localName } from "@/lib/i18n/local-name";
import { shopPageMetadata } from "@/lib/seo/shop-metadata";
import { Link } from "@/lib/i18n/navigation";
import { getShopperId } from "@/lib/auth/session-actor";
import { lotteryView } from "@/lib/engagement/lottery";
import { drawAction } from "@/lib/engagement/engagement-actions";
import { oneParam } from "@/lib/http/search-param";
import { SubmitButtonClient } from "@/components/ui/submit-button-client";

export const generateMetadata = () => shopPageMetadata("lotteryTitle", "/lottery");
const ICON: Record<string, string> = { COUPON: "🎟", POINTS: "🪙", GOODS: "🎁", THANKS: "🙂" };

/** 大转盘: the prizes, free draws left, the cost; a draw lands back here with its prize. */
export default async function LotteryPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ draw?: string; error?: string }> }) {
  const { id } = await params;
  const sp = await searchParams;
  const t = await getTranslations("engage");
  const te = await getTranslations("errors");
  const format = await getFormatter();
  const shopperId = await getShopperId();
  const locale = await getLocale();
  const l = await orNotFound(lotteryView(id.slice(0, 64), shopperId));
  const drawn = l.draws.find((d) => d.id === oneParam(sp.draw, 64));
  const error = oneParam(sp.error, 40);
  return (
    <>
      <section className="rounded-2xl bg-gradient-to-br from-fuchsia-600 to-rose-500 p-5 text-white shadow">
        <h1 className="text-lg font-semibold">{localName(l, locale)}</h1>
        <p className="mt-1 text-sm text-white/90">{l.freeLeft > 0 ? t("freeLeft", { n: l.freeLeft }) : t("drawCost", { points: l.costPoints })}{l.points !== null ? ` · ${t("myPoints")} ${l.points}` : ""}</p>
        <ul className="mt-4 grid grid-cols-3 gap-2" aria-label={t("prizes")}>
          {l.prizes.map((p) => (
            <li key={p.id} className={`rounded-xl p-3 text-center text-sm ${drawn && drawn.prize === p.name ? "bg-white text-rose-700 ring-4 ring-amber-300" : "bg-white/15"}`}>
              <span className="block text-2xl" aria-hidden>{ICON[p.kind]}</span>
              {p.name}
            </li>
          ))}
        </ul>
        {drawn && <p role="status" className="mt-4 rounded-lg bg-white/95 p-3 text-center font-semibold text-rose-700" data-testid="draw-result">{drawn.kind === "THANKS" ? t("thanks") : t("won", { prize: drawn.prize })}</p>}
        {error && <p role="alert" className="mt-4 rounded-lg bg-white/95 p-3 text-sm text-rose-700">{te.has(error) ? te(error) : error}</p>}
        {!l.open ? (
          <p className="mt-4 text-center text-sm">{t("closed")}</p>
        ) : shopperId ? (
          <form action={drawAction} className="mt-4">
            <input type="hidden" name="lotteryId" value={l.id} />
            <input type="hidden" name="key" value={randomUUID()} />
            <SubmitButtonClient className="min-h-11 w-full rounded-xl bg-amber-300 px-5 text-base font-bold text-rose-800 disabled:opacity-60">{l.freeLeft > 0 ? t("drawFree") : t("draw", { points: l.costPoints })}</SubmitButtonClient>
          </form>
        ) : (
          <Link href={`/login?callbackUrl=${encodeURIComponent(`/lottery/${l.id}`)}`} className="mt-4 flex min-h-11 items-center justify-center rounded-xl bg-white text-sm font-semibold text-rose-700">{t("signInToDraw")}</Link>
        )}
      </section>
      {l.draws.length > 0 && (
        <section className="mt-4 rounded-2xl bg-white p-4 shadow-sm ring-1 ring-slate-200">
          <h2 className="mb-2 text-sm font-semibold text-slate-900">{t("myDraws")}</h2>
          <ul className="divide-y divide-slate-100 text-sm" data-testid="my-draws">
            {l.draws.map((d) => (
              <li key={d.id} className="flex justify-between py-2">
                <span>{ICON[d.kind]} {d.prize}{d.free ? ` · ${t("free")}` : ""}</span>
                <time className="text-xs text-ink-muted">{format.dateTime(new Date(d.at), { dateStyle: "short", timeStyle: "short" })}</time>
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}
