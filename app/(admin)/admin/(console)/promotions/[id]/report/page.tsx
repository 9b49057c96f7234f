import { adminMetadata } from "@/lib/seo/admin-metadata";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { getAdminContext } from "@/lib/auth/admin-context";
import { promotionReport } from "@/lib/analytics/promotion-report";
import { formatYuan } from "@/lib/pricing/money";
import { PageHeader } from "@/components/ui/page-header";
import { Card, StatCard } from "@/components/ui/card";
import { ReportSeriesChart, StatusBarChart } from "@/components/charts/lazy-charts-client";
import { Table, Td } from "@/components/ui/table";
import { ReportExportClient } from "@/components/admin/report-export-client";
import { formatRate, formatRoi } from "@/lib/analytics/format-ratio";
import { PresaleReportSection } from "@/components/admin/presale-report-section";
import { presaleAdminView } from "@/lib/presale/presale-admin";

/** 效果分析 of one promotion: the funnel, money (GMV, cost, ROI), new customers, AOV and a series. */
export const generateMetadata = () => adminMetadata("nav.promotions");

export default async function PromotionReportPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ presaleError?: string; presaleCancelled?: string }> }) {
  const [{ id }, sp] = await Promise.all([params, searchParams]);
  const { actor } = await getAdminContext();
  const r = await promotionReport(actor, id).catch(() => null);
  if (!r) notFound();
  const presale = r.promotion.type === "PRESALE" ? await presaleAdminView(actor, id) : null;
  const t = await getTranslations("report");
  const tc = await getTranslations("common");
  const format = await getFormatter();
  // display values for the chart only; every figure shown as text stays in exact cents
  const series = r.series.map((s) => ({ label: format.dateTime(new Date(s.at), r.bucket === "hour" ? { month: "numeric", day: "numeric", hour: "2-digit" } : { month: "numeric", day: "numeric" }), gmv: s.gmv / 100, cost: s.cost / 100 }));
  return (
    <>
      <Link href={`/admin/promotions/${r.promotion.id}`} className="text-sm text-ink-muted hover:text-slate-900">
        ← {r.promotion.name}
      </Link>
      <PageHeader title={t("title")} subtitle={t("subtitle")} actions={<ReportExportClient promotionId={r.promotion.id} total={r.orders} />} />
      <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4" data-testid="report-stats">
        <StatCard label={t("gmv")} value={formatYuan(r.gmv)} hint={t("gmvHint", { gross: formatYuan(r.gmvGross), refunded: formatYuan(r.refunded) })} tone="brand" />
        <StatCard label={t("cost")} value={formatYuan(r.discountCost)} hint={t("costHint")} tone="amber" />
        <StatCard label={t("roi")} value={formatRoi(r.roi)} hint={t("roiHint")} tone="emerald" />
        <StatCard label={t("newCustomers")} value={r.newCustomers} hint={r.costPerNewCustomer === null ? undefined : t("perNew", { amount: formatYuan(r.costPerNewCustomer) })} />
        <StatCard label={t("participants")} value={r.participants} hint={t("paying", { count: r.payingUsers })} />
        <StatCard label={t("conversion")} value={formatRate(r.conversion)} hint={t("participantConversion", { rate: formatRate(r.participantConversion) })} />
        <StatCard label={t("aov")} value={r.orderAov === null ? "—" : formatYuan(r.orderAov)} hint={t("aovStore", { during: r.aov.during.average === null ? "—" : formatYuan(r.aov.during.average), before: r.aov.before.average === null ? "—" : formatYuan(r.aov.before.average) })} />
        <StatCard label={t("sellThrough")} value={r.sellThrough ? formatRate(r.sellThrough.rate) : "—"} hint={r.sellThrough ? t("sold", { sold: r.sellThrough.sold, stock: r.sellThrough.stock }) : undefined} />
      </div>
      {presale && <PresaleReportSection view={presale} promotionId={id} error={sp.presaleError} cancelled={Boolean(sp.presaleCancelled)} />}
      <div className="mt-6 grid gap-4 lg:grid-cols-3">
        <Card className="p-5 lg:col-span-2">
          <h2 className="mb-3 font-semibold text-slate-800">{t(r.bucket === "hour" ? "byHour" : "byDay")}</h2>
          {series.length ? <ReportSeriesChart data={series} gmvLabel={t("gmv")} costLabel={t("cost")} labels={{ title: t(r.bucket === "hour" ? "byHour" : "byDay"), tableLabel: tc("dataTable"), dateLabel: tc("date") }} /> : <p className="text-sm text-ink-muted">{t("noOrders")}</p>}
        </Card>
        <Card className="p-5">
          <h2 className="mb-3 font-semibold text-slate-800">{t("funnel")}</h2>
          <StatusBarChart
            valueLabel={tc("count")}
            labels={{ title: t("funnel"), tableLabel: tc("dataTable"), keyLabel: t("funnel") }}
            data={[
              { key: "viewers", label: t("viewers"), value: r.viewers, color: "#94a3b8" },
              { key: "participants", label: t("participants"), value: r.participants, color: "#f59e0b" },
              { key: "paying", label: t("payingShort"), value: r.payingUsers, color: "#e11d48" },
            ]}
          />
        </Card>
      </div>
      {r.ab && (
        <Card className="mt-6 p-5" data-testid="ab-report">
          <h2 className="mb-1 font-semibold text-slate-800">{t("abTitle")}</h2>
          <p className="mb-3 text-sm text-slate-600" data-testid="ab-verdict">
            {r.ab.test === null
              ? t("abNoData")
              : r.ab.test.significant
                ? t("abSignificant", { better: r.ab.test.better === "B" ? r.ab.arms[1].key : r.ab.arms[0].key, p: r.ab.test.pValue.toFixed(3) })
                : t("abNotSignificant", { p: r.ab.test.pValue.toFixed(3) })}
          </p>
          <Table head={[t("abArm"), t("abSplit"), t(r.ab.basis === "viewers" ? "viewers" : "participants"), t("payingShort"), t("conversion"), t("aov"), t("gmv"), t("cost"), t("roi")]}>
            {r.ab.arms.map((a) => (
              <tr key={a.key}>
                <Td className="font-semibold">{a.key}</Td>
                <Td className="tabular-nums">{a.weight}%</Td>
                <Td className="tabular-nums">{a.exposed}</Td>
                <Td className="tabular-nums">{a.payingUsers}</Td>
                <Td className="tabular-nums">{formatRate(a.conversion)}</Td>
                <Td className="tabular-nums">{a.aov === null ? "—" : formatYuan(a.aov)}</Td>
                <Td className="tabular-nums">{formatYuan(a.gmv)}</Td>
                <Td className="tabular-nums">{formatYuan(a.cost)}</Td>
                <Td className="tabular-nums">{formatRoi(a.roi)}</Td>
              </tr>
            ))}
          </Table>
        </Card>
      )}
    </>
  );
}
