import { getFormatter, getTranslations } from "next-intl/server";
import { shopPageMetadata } from "@/lib/seo/shop-metadata";
import { requireShopperId } from "@/lib/auth/session-actor";
import { pointsHistory } from "@/lib/engagement/points-account";
import { EmptyState } from "@/components/ui/empty-state";

export const generateMetadata = () => shopPageMetadata("pointsTitle", "/me/points");

/** 积分明细: the balance (the ledger's sum) and every change with its reason. */
export default async function PointsPage() {
  const shopperId = await requireShopperId("/me/points");
  const t = await getTranslations("engage");
  const format = await getFormatter();
  const h = await pointsHistory(shopperId, { take: 100 });
  return (
    <>
      <section className="rounded-2xl bg-slate-900 p-5 text-white shadow">
        <h1 className="text-sm text-white/70">{t("pointsTitle")}</h1>
        <p className="mt-1 text-3xl font-bold tabular-nums" data-testid="points-balance">{h.balance}</p>
      </section>
      {h.items.length === 0 ? (
        <EmptyState title={t("noPoints")} />
      ) : (
        <ul className="mt-4 divide-y divide-slate-100 rounded-2xl bg-white shadow-sm ring-1 ring-slate-200" data-testid="points-ledger">
          {h.items.map((e) => (
            <li key={e.id} className="flex items-center justify-between gap-3 p-3 text-sm">
              <span>
                <span className="block font-medium text-slate-900">{t(`reason.${e.reason}`)}{e.note ? ` · ${e.note}` : ""}</span>
                <time className="text-xs text-ink-muted">{format.dateTime(new Date(e.createdAt), { dateStyle: "short", timeStyle: "short" })}</time>
                {e.expiresAt && e.amount > 0 && <span className="block text-xs text-ink-muted">{t("expires", { at: format.dateTime(new Date(e.expiresAt), { dateStyle: "short" }) })}</span>}
              </span>
              <span className={`shrink-0 font-semibold tabular-nums ${e.amount > 0 ? "text-emerald-700" : "text-rose-700"}`}>{e.amount > 0 ? `+${e.amount}` : e.amount}</span>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
