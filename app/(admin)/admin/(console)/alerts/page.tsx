import { adminMetadata } from "@/lib/seo/admin-metadata";
import { getFormatter, getTranslations } from "next-intl/server";
import { getAdminContext } from "@/lib/auth/admin-context";
import { listAlertRules, listAlerts, watchablePromotions } from "@/lib/alerts/alert-rules";
import { ALERT_KINDS, THRESHOLD_RANGE } from "@/lib/alerts/alert-schemas";
import { createAlertRuleAction, decideAlertAction, deleteAlertRuleAction } from "@/lib/alerts/alert-actions";
import { PageHeader } from "@/components/ui/page-header";
import { Card } from "@/components/ui/card";
import { Badge } from "@/components/ui/badge";
import { Notice } from "@/components/ui/notice";

/** 监控告警: the rules to watch, and the alerts raised (acknowledge / resolve). */
export const generateMetadata = () => adminMetadata("nav.alerts");

const input = "rounded-lg border border-slate-300 px-3 py-2 text-sm";

export default async function AlertsPage({ searchParams }: { searchParams: Promise<{ error?: string; field?: string; saved?: string }> }) {
  const sp = await searchParams;
  const { actor } = await getAdminContext();
  const t = await getTranslations("alerts");
  const format = await getFormatter();
  const [rules, alerts, promotions] = await Promise.all([
    listAlertRules(actor),
    listAlerts(actor, { take: 100 }),
    watchablePromotions(actor),
  ]);
  const names = new Map(promotions.map((p) => [p.id, p.name]));
  const tone = { OPEN: "red", ACKNOWLEDGED: "amber", RESOLVED: "green" } as const;
  const mayWrite = actor.role === "ADMIN" || actor.role === "OPERATOR";
  return (
    <>
      <PageHeader title={t("title")} subtitle={t("subtitle")} />
      {sp.error && <Notice tone="error">{t("error", { code: sp.error })}{sp.field ? ` — ${sp.field}` : ""}</Notice>}
      {sp.saved && <Notice tone="success">{t("saved")}</Notice>}
      <section className="mt-6 space-y-3" aria-labelledby="alerts-list">
        <h2 id="alerts-list" className="font-semibold text-slate-800">{t("alerts")}</h2>
        {!alerts.length && <p className="text-sm text-slate-600">{t("none")}</p>}
        <ul className="space-y-2" data-testid="alert-list">
          {alerts.map((a) => (
            <li key={a.id} className="flex flex-wrap items-start justify-between gap-3 rounded-2xl bg-white p-4 shadow-sm ring-1 ring-slate-200">
              <div className="min-w-0 space-y-1">
                <p className="flex flex-wrap items-center gap-2 text-sm font-medium text-slate-900">
                  <Badge tone={tone[a.status]}>{t(`status.${a.status}`)}</Badge> {t(`kind.${a.kind}`)} · {a.subjectName || a.subject}
                </p>
                <p className="text-sm text-slate-700">{a.message}</p>
                <p className="text-xs text-slate-600">
                  {format.dateTime(a.raisedAt, { dateStyle: "short", timeStyle: "medium" })}
                  {a.acknowledgedBy && ` · ${t("ackedBy", { who: a.acknowledgedBy })}`}
                  {a.resolvedBy && ` · ${t("resolvedBy", { who: a.resolvedBy === "cleared" ? t("cleared") : a.resolvedBy })}`}
                  {a.note && ` · ${a.note}`}
                </p>
              </div>
              {a.status !== "RESOLVED" && (
                <form action={decideAlertAction} className="flex items-center gap-2">
                  <input type="hidden" name="id" value={a.id} />
                  <label className="sr-only" htmlFor={`note-${a.id}`}>{t("note")}</label>
                  <input id={`note-${a.id}`} name="note" maxLength={500} placeholder={t("note")} className={`${input} w-36`} />
                  {a.status === "OPEN" && <button name="to" value="ACKNOWLEDGED" className="rounded-lg px-3 py-2 text-sm font-medium text-slate-700 ring-1 ring-slate-300 hover:bg-slate-50">{t("acknowledge")}</button>}
                  <button name="to" value="RESOLVED" className="rounded-lg bg-brand-600 px-3 py-2 text-sm font-medium text-white hover:bg-brand-700">{t("resolve")}</button>
                </form>
              )}
            </li>
          ))}
        </ul>
      </section>
      <Card className="mt-8 p-5">
        <h2 className="mb-3 font-semibold text-slate-800">{t("rules")}</h2>
        <ul className="mb-4 divide-y divide-slate-100 text-sm">
          {rules.map((r) => (
            <li key={r.id} className="flex items-center justify-between gap-3 py-2">
              <span>
                <b>{t(`kind.${r.kind}`)}</b> · {t("thresholdIs", { n: r.threshold, unit: t(`unit.${r.kind}`) })} · {r.promotionId ? names.get(r.promotionId) ?? r.promotionId : r.campaignId ?? t("allLive")}
                {!r.active && ` · ${t("paused")}`}
              </span>
              {mayWrite && (
                <form action={deleteAlertRuleAction}>
                  <input type="hidden" name="id" value={r.id} />
                  <button className="text-sm text-rose-700 hover:underline">{t("delete")}</button>
                </form>
              )}
            </li>
          ))}
          {!rules.length && <li className="py-2 text-slate-600">{t("noRules")}</li>}
        </ul>
        {mayWrite && (
          <form action={createAlertRuleAction} className="grid items-end gap-3 sm:grid-cols-[1fr_8rem_1fr_auto]" data-testid="alert-rule-form">
            <label className="grid gap-1 text-sm text-slate-700">
              {t("kindLabel")}
              <select name="kind" className={input}>
                {ALERT_KINDS.map((k) => (
                  <option key={k} value={k}>{t(`kind.${k}`)} ({THRESHOLD_RANGE[k].min}–{THRESHOLD_RANGE[k].max})</option>
                ))}
              </select>
            </label>
            <label className="grid gap-1 text-sm text-slate-700">
              {t("threshold")}
              <input name="threshold" type="number" required className={input} />
            </label>
            <label className="grid gap-1 text-sm text-slate-700">
              {t("subject")}
              <select name="promotionId" className={input}>
                <option value="">{t("allLive")}</option>
                {promotions.map((p) => (
                  <option key={p.id} value={p.id}>{p.name}</option>
                ))}
              </select>
            </label>
            <button className="rounded-lg bg-brand-600 px-4 py-2 text-sm font-medium text-white hover:bg-brand-700">{t("add")}</button>
          </form>
        )}
      </Card>
    </>
  );
}
