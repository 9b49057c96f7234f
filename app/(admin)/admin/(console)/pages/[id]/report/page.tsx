import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { adminMetadata } from "@/lib/seo/admin-metadata";
import { getAdminContext } from "@/lib/auth/admin-context";
import { pageReport } from "@/lib/pages/page-report";
import { orNotFound } from "@/lib/http/or-not-found";
import { PageHeader } from "@/components/ui/page-header";
import { StatTiles } from "@/components/ui/stat-tiles";
import { StatusBarChart } from "@/components/charts/lazy-charts-client";

export const generateMetadata = () => adminMetadata("nav.pages");

/** 活动页报表: views in all, today, the last 7 days and per day (30 days), counted by shoppers' browsers. */
export default async function PageReportPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const { actor } = await getAdminContext();
  const t = await getTranslations();
  const r = await orNotFound(pageReport(actor, id.slice(0, 64)));
  return (
    <>
      <PageHeader
        title={t("pageBuilder.reportTitle", { title: r.page.title })}
        subtitle={`/p/${r.page.slug} · ${r.page.liveVersion ? t("pageBuilder.liveV", { v: r.page.liveVersion }) : t("pageBuilder.draftOnly")}`}
        actions={<Link href={`/admin/pages/${r.page.id}`} className="inline-flex min-h-11 items-center rounded-lg px-4 text-sm font-medium text-brand-700 ring-1 ring-brand-200 hover:bg-brand-50">{t("pageBuilder.backToEditor")}</Link>}
      />
      <StatTiles
        testId="page-report-tiles"
        tiles={[
          [t("pageBuilder.viewsTotal"), r.totalViews.toLocaleString()],
          [t("pageBuilder.viewsToday"), r.today.toLocaleString()],
          [t("pageBuilder.views7"), r.last7Days.toLocaleString()],
          [t("pageBuilder.viewsPerDay7"), (Math.round((r.last7Days / 7) * 10) / 10).toLocaleString()],
        ]}
      />
      <section className="rounded-2xl bg-white p-4 shadow-sm ring-1 ring-slate-200">
        <StatusBarChart
          data={r.series.map((d) => ({ key: d.day, label: d.day.slice(5), value: d.views, color: "#e11d48" }))}
          valueLabel={t("pageBuilder.views")}
          labels={{ title: t("pageBuilder.viewsByDay"), tableLabel: t("common.dataTable"), keyLabel: t("pageBuilder.day") }}
        />
      </section>
    </>
  );
}
