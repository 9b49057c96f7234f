import Link from "next/link";
import { orNotFound } from "@/lib/http/or-not-found";
import { getTranslations } from "next-intl/server";
import { adminMetadata } from "@/lib/seo/admin-metadata";
import { getAdminContext } from "@/lib/auth/admin-context";
import { automationReport } from "@/lib/automations/automation-actions";
import { timeZoneOf } from "@/lib/shops/shop-zone";
import { toZonedInput } from "@/lib/time/zone";
import { formatYuan } from "@/lib/pricing/money";
import { PageHeader } from "@/components/ui/page-header";
import { Table, Td } from "@/components/ui/table";
import { StatusBarChart } from "@/components/charts/lazy-charts-client";
import { AutomationToggleClient } from "@/components/admin/automations/automation-toggle-client";

export const generateMetadata = () => adminMetadata("nav.automations");

export default async function AutomationPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const { actor } = await getAdminContext();
  const t = await getTranslations();
  const a = await orNotFound(automationReport(actor, id.slice(0, 64)));
  const zone = await timeZoneOf(a.shopId);
  const r = a.report;
  const tiles: [string, string][] = [
    [t("automations.fired"), String(a.fired)],
    [t("deliveries.sent"), String(r.sent)],
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
  const canWrite = actor.role === "ADMIN" || actor.role === "OPERATOR";
  return (
    <>
      <PageHeader
        title={a.name}
        subtitle={`${t(`automations.triggers.${a.trigger}`)} · ${t(`automations.waitShort.${a.trigger}`, { n: a.wait })} · ${t(`automations.statuses.${a.status}`)}`}
        actions={canWrite ? <AutomationToggleClient id={a.id} status={a.status} /> : null}
      />
      <dl className="mb-6 grid grid-cols-2 gap-3 sm:grid-cols-4" data-testid="automation-report">
        {tiles.map(([k, v]) => (
          <div key={k} className="rounded-xl bg-white p-4 shadow-sm ring-1 ring-slate-200">
            <dt className="text-xs text-ink-muted">{k}</dt>
            <dd className="mt-1 text-xl font-semibold tabular-nums text-slate-900">{v}</dd>
          </div>
        ))}
      </dl>
      <section className="mb-6 rounded-2xl bg-white p-5 shadow-sm ring-1 ring-slate-200">
        <StatusBarChart data={funnel} valueLabel={t("common.count")} labels={{ title: t("deliveries.funnel"), tableLabel: t("common.dataTable"), keyLabel: t("deliveries.step") }} />
        <p className="mt-2 text-xs text-ink-muted">{t("deliveries.attribution")}</p>
      </section>
      <h2 className="mb-2 text-sm font-semibold text-slate-900">{t("automations.recent")}</h2>
      <Table head={[t("automations.firedAt"), t("automations.shoppers")]}>
        {a.firings.map((f) => (
          <tr key={f.deliveryId}>
            <Td><Link href={`/admin/deliveries/${f.deliveryId}`} className="hover:underline">{toZonedInput(f.at, zone).replace("T", " ")} ({zone})</Link></Td>
            <Td className="tabular-nums">{f.shoppers}</Td>
          </tr>
        ))}
      </Table>
    </>
  );
}
