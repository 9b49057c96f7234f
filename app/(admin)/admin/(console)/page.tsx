import { adminMetadata } from "@/lib/seo/admin-metadata";
import { getFormatter, getTranslations } from "next-intl/server";
import { getAdminContext, viewWhere } from "@/lib/auth/admin-context";
import { getConsoleOverview } from "@/lib/analytics/get-console-overview";
import Link from "next/link";
import { moneyOverview } from "@/lib/analytics/money-overview";
import { formatYuan } from "@/lib/pricing/money";
import { listAudit } from "@/lib/audit/list-audit";
import { auditSubjects, subjectKey } from "@/lib/audit/audit-subjects";
import { AuditLine } from "@/components/admin/audit-line";
import { Card, StatCard } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { EmptyState } from "@/components/ui/empty-state";
import { ReportSeriesChart, StatusBarChart } from "@/components/charts/lazy-charts-client";
import { statusColor } from "@/components/admin/status-badge";
import { formatRoi } from "@/lib/analytics/format-ratio";

const STATUSES = ["DRAFT", "PENDING_REVIEW", "APPROVED", "REJECTED", "SCHEDULED", "ACTIVE", "ENDED", "TERMINATED"];

export const generateMetadata = () => adminMetadata("nav.dashboard");

export default async function AdminDashboardPage() {
  const ctx = await getAdminContext();
  const t = await getTranslations();
  const format = await getFormatter();
  const shopId = ctx.actor.shopId ?? ctx.viewShopId;
  const [overview, audit, money] = await Promise.all([getConsoleOverview(viewWhere(ctx)), listAudit(ctx.actor, { shopId: ctx.viewShopId, take: 8 }), moneyOverview(shopId)]);
  const tr = await getTranslations("report");
  const subjects = await auditSubjects(audit.items);
  const series = money.days.map((d) => ({ label: format.dateTime(new Date(`${d.day}T12:00:00Z`), { month: "numeric", day: "numeric", timeZone: "UTC" }), gmv: d.gmv / 100, cost: d.cost / 100 }));
  const chart = STATUSES.map((s) => ({ key: s, label: t(`status.${s}`), value: overview.statusCounts[s] ?? 0, color: statusColor[s] }));
  return (
    <>
      <PageHeader title={t("admin.welcome", { name: ctx.staff?.name ?? "" })} subtitle={ctx.actor.shopId ? t("admin.scopeShop", { shop: ctx.shops[0]?.name ?? "" }) : t("admin.scopePlatform")} />
      <div className="grid grid-cols-2 gap-4 lg:grid-cols-4">
        <StatCard label={t("admin.kpiLivePromotions")} value={overview.statusCounts.ACTIVE ?? 0} tone="emerald" />
        <StatCard label={t("admin.kpiPendingReview")} value={overview.statusCounts.PENDING_REVIEW ?? 0} tone="amber" />
        <StatCard label={t("admin.kpiProducts")} value={overview.products} />
        <StatCard label={t("admin.kpiCouponTemplates")} value={overview.templates} tone="brand" />
      </div>
      <h2 className="mb-3 mt-8 font-semibold text-slate-800">{t("admin.last30")}</h2>
      <div className="grid grid-cols-2 gap-4 lg:grid-cols-4" data-testid="money-overview">
        <StatCard label={tr("gmv")} value={formatYuan(money.gmv)} hint={t("admin.ordersCount", { count: money.orders })} tone="brand" />
        <StatCard label={tr("cost")} value={formatYuan(money.cost)} tone="amber" />
        <StatCard label={tr("roi")} value={formatRoi(money.roi)} hint={tr("roiHint")} tone="emerald" />
        <StatCard label={tr("newCustomers")} value={money.newCustomers} />
      </div>
      <div className="mt-6 grid gap-6 lg:grid-cols-5">
        <Card className="p-5 lg:col-span-3">
          <h2 className="mb-3 font-semibold text-slate-800">{tr("byDay")}</h2>
          {money.orders ? <ReportSeriesChart data={series} gmvLabel={tr("gmv")} costLabel={tr("cost")} labels={{ title: tr("byDay"), tableLabel: t("common.dataTable"), dateLabel: t("common.date") }} /> : <EmptyState title={tr("noOrders")} />}
        </Card>
        <Card className="p-5 lg:col-span-2">
          <h2 className="mb-3 font-semibold text-slate-800">{t("admin.topCost")}</h2>
          {money.top.length === 0 ? (
            <EmptyState title={t("common.empty")} />
          ) : (
            <ul className="space-y-2 text-sm" data-testid="top-promotions">
              {money.top.map((p) => (
                <li key={p.promotionId} className="flex justify-between gap-3">
                  <Link href={`/admin/promotions/${p.promotionId}/report`} className="truncate text-slate-700 hover:underline">
                    {p.name}
                  </Link>
                  <span className="shrink-0 tabular-nums text-amber-700">{formatYuan(p.cost)}</span>
                </li>
              ))}
            </ul>
          )}
        </Card>
      </div>
      <div className="mt-6 grid gap-6 lg:grid-cols-5">
        <Card className="p-5 lg:col-span-3">
          <h2 className="mb-4 font-semibold text-slate-800">{t("admin.promotionsByStatus")}</h2>
          <StatusBarChart data={chart} valueLabel={t("common.count")} labels={{ title: t("admin.promotionsByStatus"), tableLabel: t("common.dataTable"), keyLabel: t("common.status") }} />
        </Card>
        <Card className="p-5 lg:col-span-2">
          <h2 className="mb-4 font-semibold text-slate-800">{t("admin.recentActivity")}</h2>
          {audit.items.length === 0 ? (
            <EmptyState title={t("common.empty")} />
          ) : (
            <ul className="space-y-3">
              {audit.items.map((a) => (
                <li key={a.id} className="flex items-start justify-between gap-3 text-sm">
                  <span className="text-slate-700">
                    <AuditLine entry={a} subject={subjects[subjectKey(a)]} />
                  </span>
                  <time className="shrink-0 text-xs text-ink-muted" dateTime={a.at}>
                    {format.relativeTime(new Date(a.at))}
                  </time>
                </li>
              ))}
            </ul>
          )}
        </Card>
      </div>
    </>
  );
}
