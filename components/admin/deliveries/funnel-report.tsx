import { getTranslations } from "next-intl/server";
import type { funnelOf } from "@/lib/deliveries/delivery-report";
import { formatYuan } from "@/lib/pricing/money";
import { StatTiles } from "@/components/ui/stat-tiles";
import { StatusBarChart } from "@/components/charts/lazy-charts-client";

type Funnel = Awaited<ReturnType<typeof funnelOf>>;

/**
 * The funnel of a delivery or an automation: the page's own leading figures, then opened,
 * clicked, converted, GMV, coupon cost and ROI as tiles, and the funnel chart with the
 * attribution rule.
 */
export async function FunnelReport({ report: r, lead, testId }: { report: Funnel; lead: [string, string][]; testId: string }) {
  const t = await getTranslations();
  const tiles: [string, string][] = [
    ...lead,
    [t("deliveries.opened"), String(r.opened)],
    [t("deliveries.clicked"), String(r.clicked)],
    [t("deliveries.converted"), String(r.converted)],
    [t("deliveries.gmv"), formatYuan(r.gmv)],
    [t("deliveries.couponCost"), formatYuan(r.couponCost)],
    ["ROI", r.roi === null ? "—" : `${r.roi}`],
  ];
  const funnel = [
    { key: "sent", label: t("deliveries.sent"), value: r.sent, color: "#64748b" },
    { key: "opened", label: t("deliveries.opened"), value: r.opened, color: "#6366f1" },
    { key: "clicked", label: t("deliveries.clicked"), value: r.clicked, color: "#0ea5e9" },
    { key: "converted", label: t("deliveries.converted"), value: r.converted, color: "#e11d48" },
  ];
  return (
    <>
      <StatTiles tiles={tiles} testId={testId} />
      <section className="mb-6 rounded-2xl bg-white p-5 shadow-sm ring-1 ring-slate-200">
        <StatusBarChart data={funnel} valueLabel={t("common.count")} labels={{ title: t("deliveries.funnel"), tableLabel: t("common.dataTable"), keyLabel: t("deliveries.step") }} />
        <p className="mt-2 text-xs text-ink-muted">{t("deliveries.attribution")}</p>
      </section>
    </>
  );
}
