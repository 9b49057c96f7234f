import { orNotFound } from "@/lib/http/or-not-found";
import { getTranslations } from "next-intl/server";
import { adminMetadata } from "@/lib/seo/admin-metadata";
import { getAdminContext } from "@/lib/auth/admin-context";
import { timeZoneOf } from "@/lib/shops/shop-zone";
import { toZonedInput } from "@/lib/time/zone";
import { deliveryReport } from "@/lib/deliveries/delivery-report";
import { PageHeader } from "@/components/ui/page-header";
import { FunnelReport } from "@/components/admin/deliveries/funnel-report";
import { DeliveryProgressClient } from "@/components/admin/deliveries/delivery-progress-client";
import { DeliveryDecisionClient } from "@/components/admin/deliveries/delivery-decision-client";
import { recordedSends } from "@/lib/deliveries/delivery-clicks";
import { Table, Td } from "@/components/ui/table";

export const generateMetadata = () => adminMetadata("nav.deliveries");

export default async function DeliveryPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const { actor } = await getAdminContext();
  const t = await getTranslations();
  const d = await orNotFound(deliveryReport(actor, id.slice(0, 64)));
  // the send time in the delivery's shop's zone (platform deliveries: the platform's)
  const zone = await timeZoneOf(d.shopId);
  const r = d.report;
  const lead: [string, string][] = [
    [t("deliveries.sent"), String(r.sent)],
    [t("deliveries.skipped"), String(r.skipped)],
    [t("deliveries.failed"), String(r.failed)],
    [t("deliveries.couponsGranted"), String(r.couponsGranted)],
  ];
  const job = { id: d.job.id, status: d.job.status, processed: d.job.processed, total: d.job.total, progress: d.job.total ? Math.floor((d.job.processed * 100) / d.job.total) : d.job.status === "DONE" ? 100 : 0, resultUrl: null, error: null };
  const sends = await recordedSends(d.id, { take: 20, masked: actor.shopId !== null });
  const canDecide = d.approval.status === "PENDING" && (actor.role === "APPROVER" || actor.role === "ADMIN") && actor.id !== d.createdBy;
  return (
    <>
      <PageHeader title={d.name} subtitle={`${t("deliveries.sendAt")}: ${toZonedInput(d.sendAt, zone).replace("T", " ")} (${zone}) · ${d.channels.map((c) => t(`deliveries.channels.${c}`)).join(" · ")}`} />
      {d.approval.status !== "NONE" && (
        <section className={`mb-6 rounded-2xl p-5 ring-1 ${d.approval.status === "PENDING" ? "bg-amber-50 ring-amber-200" : d.approval.status === "REJECTED" ? "bg-rose-50 ring-rose-200" : "bg-emerald-50 ring-emerald-200"}`} data-testid="delivery-approval">
          <p className="mb-3 text-sm font-medium text-slate-900">{t(`deliveries.approval.${d.approval.status}`, { n: d.audienceSize })}{d.approval.note ? ` — ${d.approval.note}` : ""}</p>
          {canDecide && <DeliveryDecisionClient deliveryId={d.id} />}
        </section>
      )}
      <section className="mb-6 rounded-2xl bg-white p-5 shadow-sm ring-1 ring-slate-200">
        <h2 className="mb-3 text-sm font-semibold text-slate-900">{t("deliveries.progress")}</h2>
        <DeliveryProgressClient job={job} />
        {d.job.status !== "DONE" && d.job.resumeAt && (
          <p className="mt-2 text-sm text-amber-800" data-testid="delivery-waiting">
            {(r.byChannel.SMS?.pending ?? 0) + (r.byChannel.PUSH?.pending ?? 0) > 0 && (r.byChannel.EMAIL?.pending ?? 0) + (r.byChannel.INBOX?.pending ?? 0) === 0
              ? t("deliveries.waitingQuiet", { at: toZonedInput(d.job.resumeAt, zone).replace("T", " "), zone })
              : t("deliveries.resumesAt", { at: toZonedInput(d.job.resumeAt, zone).replace("T", " "), zone })}
          </p>
        )}
      </section>
      <FunnelReport report={r} lead={lead} testId="delivery-report" />
      {Object.keys(r.byChannel).length > 0 && (
        <section className="mt-6">
          <h2 className="mb-2 text-sm font-semibold text-slate-900">{t("deliveries.byChannel")}</h2>
          <Table head={[t("deliveries.channel"), t("deliveries.sent"), t("deliveries.skipped"), t("deliveries.failed"), t("deliveries.pending")]}>
            {Object.entries(r.byChannel).map(([c, n]) => (
              <tr key={c}>
                <Td>{t(`deliveries.channels.${c}`)}</Td>
                <Td className="tabular-nums">{n.sent ?? 0}</Td>
                <Td className="tabular-nums">{n.skipped ?? 0}</Td>
                <Td className="tabular-nums">{n.failed ?? 0}</Td>
                <Td className="tabular-nums">{(n.pending ?? 0) + (n.sending ?? 0)}</Td>
              </tr>
            ))}
          </Table>
        </section>
      )}
      <section className="mt-6 rounded-2xl bg-white p-5 shadow-sm ring-1 ring-slate-200">
        <h2 className="text-sm font-semibold text-slate-900">{d.title}</h2>
        <p className="mt-1 whitespace-pre-line text-sm text-slate-700">{d.body}</p>
      </section>
      {sends.items.length > 0 && (
        <section className="mt-6" data-testid="recorded-sends">
          <h2 className="mb-2 text-sm font-semibold text-slate-900">{t("deliveries.recorded")}</h2>
          <Table head={[t("deliveries.channel"), t("deliveries.to"), t("deliveries.body")]}>
            {sends.items.map((s) => (
              <tr key={s.id}>
                <Td>{t(`deliveries.channels.${s.channel}`)}</Td>
                <Td className="font-mono text-xs">{s.to}</Td>
                <Td className="max-w-md truncate text-xs">{s.subject ? `${s.subject} — ` : ""}{s.body}</Td>
              </tr>
            ))}
          </Table>
        </section>
      )}
    </>
  );
}
