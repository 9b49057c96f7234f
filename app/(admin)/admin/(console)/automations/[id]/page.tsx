import Link from "next/link";
import { orNotFound } from "@/lib/http/or-not-found";
import { getTranslations } from "next-intl/server";
import { adminMetadata } from "@/lib/seo/admin-metadata";
import { getAdminContext } from "@/lib/auth/admin-context";
import { automationReport } from "@/lib/automations/automation-actions";
import { timeZoneOf } from "@/lib/shops/shop-zone";
import { toZonedInput } from "@/lib/time/zone";
import { PageHeader } from "@/components/ui/page-header";
import { Table, Td } from "@/components/ui/table";
import { FunnelReport } from "@/components/admin/deliveries/funnel-report";
import { AutomationToggleClient } from "@/components/admin/automations/automation-toggle-client";

export const generateMetadata = () => adminMetadata("nav.automations");

export default async function AutomationPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const { actor } = await getAdminContext();
  const t = await getTranslations();
  const a = await orNotFound(automationReport(actor, id.slice(0, 64)));
  const zone = await timeZoneOf(a.shopId);
  const r = a.report;
  const canWrite = actor.role === "ADMIN" || actor.role === "OPERATOR";
  return (
    <>
      <PageHeader
        title={a.name}
        subtitle={`${t(`automations.triggers.${a.trigger}`)} · ${t(`automations.waitShort.${a.trigger}`, { n: a.wait })} · ${t(`automations.statuses.${a.status}`)}`}
        actions={canWrite ? <AutomationToggleClient id={a.id} status={a.status} /> : null}
      />
      <FunnelReport report={r} lead={[[t("automations.fired"), String(a.fired)], [t("deliveries.sent"), String(r.sent)]]} testId="automation-report" />
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
