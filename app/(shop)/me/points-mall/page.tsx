import { randomUUID } from "node:crypto";
import { getLocale, getTranslations } from "next-intl/server";
import { localName } from "@/lib/i18n/local-name";
import { shopPageMetadata } from "@/lib/seo/shop-metadata";
import { requireShopperId } from "@/lib/auth/session-actor";
import { getShopper } from "@/lib/shoppers/get-shopper";
import { listPointsProducts } from "@/lib/engagement/points-mall";
import { exchangeAction } from "@/lib/engagement/engagement-actions";
import { oneParam } from "@/lib/http/search-param";
import { EmptyState } from "@/components/ui/empty-state";
import { SubmitButtonClient } from "@/components/ui/submit-button-client";

export const generateMetadata = () => shopPageMetadata("pointsMallTitle", "/me/points-mall");

/** 积分商城: what the shopper's points buy; each button carries its own key (a double tap is one exchange). */
export default async function PointsMallPage({ searchParams }: { searchParams: Promise<{ ok?: string; error?: string }> }) {
  const shopperId = await requireShopperId("/me/points-mall");
  const sp = await searchParams;
  const t = await getTranslations("engage");
  const te = await getTranslations("errors");
  const [me, items, locale] = await Promise.all([getShopper(shopperId), listPointsProducts(), getLocale()]);
  const error = oneParam(sp.error, 40);
  const ok = oneParam(sp.ok, 64);
  return (
    <>
      <div className="mb-4 flex items-baseline justify-between">
        <h1 className="text-lg font-semibold text-slate-900">{t("pointsMallTitle")}</h1>
        <p className="text-sm text-ink-muted">{t("myPoints")} <span className="font-semibold tabular-nums text-slate-900" data-testid="points-balance">{me.points}</span></p>
      </div>
      {ok && <p role="status" className="mb-3 rounded-lg bg-emerald-50 p-3 text-sm text-emerald-800">{t("exchanged", { name: localName(items.find((i) => i.id === ok) ?? { name: "" }, locale) })}</p>}
      {error && <p role="alert" className="mb-3 rounded-lg bg-rose-50 p-3 text-sm text-rose-700">{te.has(error) ? te(error) : error}</p>}
      {items.length === 0 ? (
        <EmptyState title={t("mallEmpty")} />
      ) : (
        <ul className="grid grid-cols-2 gap-3" data-testid="points-products">
          {items.map((p) => (
            <li key={p.id} className="flex flex-col justify-between rounded-2xl bg-white p-4 shadow-sm ring-1 ring-slate-200">
              <div>
                <p className="text-2xl" aria-hidden>{p.kind === "COUPON" ? "🎟" : "🎁"}</p>
                <h2 className="mt-1 font-medium text-slate-900">{localName(p, locale)}</h2>
                <p className="mt-1 text-sm font-semibold tabular-nums text-rose-600">{t("cost", { points: p.pointsCost })}</p>
                <p className="text-xs text-ink-muted">{t("left", { n: p.left })} · {t("limit", { n: p.perUserLimit })}</p>
              </div>
              <form action={exchangeAction} className="mt-3">
                <input type="hidden" name="productId" value={p.id} />
                <input type="hidden" name="key" value={randomUUID()} />
                <SubmitButtonClient disabled={p.left === 0 || me.points < p.pointsCost} className="min-h-11 w-full rounded-lg bg-brand-600 px-3 text-sm font-semibold text-white disabled:bg-slate-200 disabled:text-slate-500">
                  {p.left === 0 ? t("soldOut") : me.points < p.pointsCost ? t("notEnough") : t("exchange")}
                </SubmitButtonClient>
              </form>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
