import { adminMetadata } from "@/lib/seo/admin-metadata";
import { getFormatter, getTranslations } from "next-intl/server";
import { getAdminContext } from "@/lib/auth/admin-context";
import { getRiskSettings, listRiskDecisions, riskReport } from "@/lib/risk/risk-review";
import { BLACKLIST_KINDS, listBlacklist } from "@/lib/risk/risk-blacklist";
import { blacklistAction, reviewAction, settingsAction } from "@/lib/risk/risk-actions";
import { formatYuan } from "@/lib/pricing/money";
import { PageHeader } from "@/components/ui/page-header";
import { Card } from "@/components/ui/card";
import { Badge } from "@/components/ui/badge";
import { Notice } from "@/components/ui/notice";

/** 风控: what was refused or held and its value, the review queue, the blacklist and the thresholds. */
export const generateMetadata = () => adminMetadata("nav.risk");

const input = "rounded-lg border border-slate-300 px-3 py-2 text-sm";

export default async function RiskPage({ searchParams }: { searchParams: Promise<{ error?: string; field?: string; done?: string }> }) {
  const sp = await searchParams;
  const { actor } = await getAdminContext();
  const t = await getTranslations("risk");
  const tr = await getTranslations("riskReasons");
  const format = await getFormatter();
  const [report, queue, recent, blacklist, settings] = await Promise.all([
    riskReport(actor),
    listRiskDecisions(actor, { verdict: "REVIEW", reviewStatus: "PENDING", take: 50 }),
    listRiskDecisions(actor, { verdict: "REFUSE", take: 20 }),
    listBlacklist(actor),
    getRiskSettings(actor),
  ]);
  const reasons = (rs: string[]) => rs.map((r) => (tr.has(r) ? tr(r) : r)).join("；");
  const mayWrite = actor.role === "ADMIN" || actor.role === "OPERATOR";
  return (
    <>
      <PageHeader title={t("title")} subtitle={t("subtitle")} />
      {sp.error && <Notice tone="error">{t("error", { code: sp.error })}{sp.field ? ` — ${sp.field}` : ""}</Notice>}
      {sp.done && <Notice tone="success">{t("saved")}</Notice>}
      <Card className="mt-6 overflow-x-auto p-5">
        <h2 className="mb-3 font-semibold text-slate-800">{t("report", { days: report.days })}</h2>
        <table className="w-full text-sm" data-testid="risk-report">
          <thead className="text-left text-slate-600">
            <tr>{[t("action"), t("refused"), t("refusedValue"), t("held"), t("heldValue"), t("allowed")].map((h) => <th key={h} scope="col" className="py-1 pr-4 font-medium">{h}</th>)}</tr>
          </thead>
          <tbody className="divide-y divide-slate-100 tabular-nums">
            {report.byAction.map((a) => (
              <tr key={a.action}>
                <td className="py-1.5 pr-4">{t(`actions.${a.action}`)}</td>
                <td className="py-1.5 pr-4">{a.refused}</td>
                <td className="py-1.5 pr-4">{formatYuan(a.refusedValue)}</td>
                <td className="py-1.5 pr-4">{a.review}</td>
                <td className="py-1.5 pr-4">{formatYuan(a.reviewValue)}</td>
                <td className="py-1.5 pr-4">{a.allowed}</td>
              </tr>
            ))}
          </tbody>
        </table>
        {report.reasons.length > 0 && <p className="mt-3 text-xs text-slate-600">{report.reasons.map((r) => `${tr.has(r.reason) ? tr(r.reason) : r.reason} ${r.n}`).join(" · ")}</p>}
      </Card>
      <section className="mt-6 space-y-2" aria-labelledby="queue">
        <h2 id="queue" className="font-semibold text-slate-800">{t("queue")} <Badge tone="amber">{report.pendingReviews}</Badge></h2>
        {!queue.length && <p className="text-sm text-slate-600">{t("queueEmpty")}</p>}
        <ul className="space-y-2" data-testid="risk-queue">
          {queue.map((d) => (
            <li key={d.id} className="flex flex-wrap items-center justify-between gap-3 rounded-2xl bg-white p-4 shadow-sm ring-1 ring-slate-200">
              <div className="min-w-0 text-sm">
                <p className="font-medium text-slate-900">{t(`actions.${d.action}`)} · {t("score", { score: d.score })} · {formatYuan(d.valueCents)}</p>
                <p className="text-slate-700">{reasons(d.reasons)}</p>
                <p className="text-xs text-slate-600">{format.dateTime(d.createdAt, { dateStyle: "short", timeStyle: "medium" })} · {d.shopperId} {d.ip && `· ${d.ip}`} {d.deviceId && `· ${d.deviceId}`}</p>
              </div>
              <form action={reviewAction} className="flex items-center gap-2">
                <input type="hidden" name="id" value={d.id} />
                <label className="sr-only" htmlFor={`rn-${d.id}`}>{t("note")}</label>
                <input id={`rn-${d.id}`} name="note" maxLength={500} placeholder={t("note")} className={`${input} w-32`} />
                <button name="outcome" value="APPROVE" className="rounded-lg px-3 py-2 text-sm font-medium ring-1 ring-slate-300 hover:bg-slate-50">{t("approve")}</button>
                <button name="outcome" value="REJECT" className="rounded-lg bg-rose-600 px-3 py-2 text-sm font-medium text-white hover:bg-rose-700">{t("reject")}</button>
              </form>
            </li>
          ))}
        </ul>
      </section>
      <div className="mt-6 grid gap-6 lg:grid-cols-2">
        <Card className="p-5">
          <h2 className="mb-3 font-semibold text-slate-800">{t("blacklist")}</h2>
          <ul className="mb-3 divide-y divide-slate-100 text-sm" data-testid="risk-blacklist">
            {blacklist.map((b) => (
              <li key={b.id} className="flex items-center justify-between gap-2 py-1.5">
                <span><Badge tone="gray">{t(`kinds.${b.kind}`)}</Badge> <code>{b.value}</code> {b.reason && <span className="text-slate-600">· {b.reason}</span>}</span>
                {mayWrite && (
                  <form action={blacklistAction}>
                    <input type="hidden" name="remove" value={b.id} />
                    <button className="text-sm text-rose-700 hover:underline">{t("remove")}</button>
                  </form>
                )}
              </li>
            ))}
            {!blacklist.length && <li className="py-1.5 text-slate-600">{t("blacklistEmpty")}</li>}
          </ul>
          {mayWrite && (
            <form action={blacklistAction} className="flex flex-wrap items-center gap-2">
              <label className="sr-only" htmlFor="bl-kind">{t("kind")}</label>
              <select id="bl-kind" name="kind" className={`${input} w-32`}>{BLACKLIST_KINDS.map((k) => <option key={k} value={k}>{t(`kinds.${k}`)}</option>)}</select>
              <label className="sr-only" htmlFor="bl-value">{t("value")}</label>
              <input id="bl-value" name="value" required maxLength={200} placeholder={t("value")} className={`${input} min-w-0 flex-1 basis-40`} />
              <label className="sr-only" htmlFor="bl-reason">{t("reason")}</label>
              <input id="bl-reason" name="reason" maxLength={200} placeholder={t("reason")} className={`${input} min-w-0 flex-1 basis-32`} />
              <button className="rounded-lg bg-brand-600 px-3 py-2 text-sm font-medium text-white hover:bg-brand-700">{t("add")}</button>
            </form>
          )}
        </Card>
        <Card className="p-5">
          <h2 className="mb-3 font-semibold text-slate-800">{t("settings")}</h2>
          <form action={settingsAction} className="grid gap-3 sm:grid-cols-2" data-testid="risk-settings">
            <label className="flex items-center gap-2 text-sm sm:col-span-2"><input type="checkbox" name="enabled" defaultChecked={settings.enabled} className="h-4 w-4 accent-brand-600" /> {t("enabled")}</label>
            {(["perShopperPerMinute", "perIpPerMinute", "accountsPerIpPerHour", "refundAbuseCount", "reviewScore", "refuseScore"] as const).map((k) => (
              <label key={k} className="grid gap-1 text-sm text-slate-700">{t(`fields.${k}`)}<input name={k} type="number" defaultValue={settings[k]} className={input} /></label>
            ))}
            <label className="grid gap-1 text-sm text-slate-700">{t("fields.highValueYuan")}<input name="highValueYuan" type="number" step="0.01" defaultValue={settings.highValueCents / 100} className={input} /></label>
            {actor.role === "ADMIN" && <button className="rounded-lg bg-brand-600 px-4 py-2 text-sm font-medium text-white hover:bg-brand-700 sm:col-span-2">{t("save")}</button>}
          </form>
        </Card>
      </div>
      <section className="mt-6" aria-labelledby="refused">
        <h2 id="refused" className="mb-2 font-semibold text-slate-800">{t("recentRefused")}</h2>
        <ul className="space-y-1 text-sm">
          {recent.map((d) => (
            <li key={d.id} className="text-slate-700">{format.dateTime(d.createdAt, { dateStyle: "short", timeStyle: "medium" })} · {t(`actions.${d.action}`)} · {reasons(d.reasons)} · {formatYuan(d.valueCents)}</li>
          ))}
          {!recent.length && <li className="text-slate-600">{t("noneRefused")}</li>}
        </ul>
      </section>
    </>
  );
}
