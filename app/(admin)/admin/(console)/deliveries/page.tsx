import Link from "next/link";
import { oneParam } from "@/lib/http/search-param";
import { getTranslations } from "next-intl/server";
import { adminMetadata } from "@/lib/seo/admin-metadata";
import { getAdminContext } from "@/lib/auth/admin-context";
import { timeZoneOf } from "@/lib/shops/shop-zone";
import { toZonedInput } from "@/lib/time/zone";
import { listDeliveries } from "@/lib/deliveries/delivery-report";
import { PageHeader } from "@/components/ui/page-header";
import { Table, Td } from "@/components/ui/table";
import { EmptyState } from "@/components/ui/empty-state";
import { ApprovalSettingClient } from "@/components/admin/deliveries/approval-setting-client";
import { approvalThreshold } from "@/lib/deliveries/create-delivery";

export const generateMetadata = () => adminMetadata("nav.deliveries");

export default async function DeliveriesPage({ searchParams }: { searchParams: Promise<{ cursor?: string }> }) {
  const { cursor } = await searchParams;
  const { actor } = await getAdminContext();
  const t = await getTranslations();
  // times in the shop's zone (platform staff: the platform's), never the browser's or UTC
  const [{ items, nextCursor }, zone] = await Promise.all([listDeliveries(actor, { cursor: oneParam(cursor, 64) }), timeZoneOf(actor.shopId)]);
  const canWrite = actor.role === "ADMIN" || actor.role === "OPERATOR";
  const threshold = actor.shopId && actor.role === "ADMIN" ? await approvalThreshold(actor.shopId) : null;
  return (
    <>
      <PageHeader
        title={t("nav.deliveries")}
        subtitle={t("deliveries.subtitle")}
        actions={canWrite ? <Link href="/admin/deliveries/new" className="inline-flex min-h-11 items-center rounded-lg bg-brand-600 px-4 text-sm font-semibold text-white hover:bg-brand-700">+ {t("deliveries.new")}</Link> : null}
      />
      {threshold !== null && actor.shopId && <ApprovalSettingClient shopId={actor.shopId} current={threshold} />}
      <Table head={[t("deliveries.name"), t("deliveries.sendAt"), t("deliveries.progress")]} empty={<EmptyState title={t("common.empty")} />}>
        {items.map((d) => {
          const pct = d.job && d.job.total ? Math.round((d.job.processed / d.job.total) * 100) : 0;
          return (
            <tr key={d.id} className="hover:bg-slate-50">
              <Td className="font-medium text-slate-900"><Link href={`/admin/deliveries/${d.id}`} className="hover:underline">{d.name}</Link></Td>
              <Td className="tabular-nums">{toZonedInput(d.sendAt, zone).replace("T", " ")} ({zone})</Td>
              <Td>
                <div className="flex items-center gap-2">
                  <div className="h-2 w-32 overflow-hidden rounded-full bg-slate-100" role="progressbar" aria-valuenow={pct} aria-valuemin={0} aria-valuemax={100} aria-label={t("deliveries.progress")}><div className="h-full bg-brand-600" style={{ width: `${pct}%` }} /></div>
                  <span className="text-xs text-ink-muted">{d.approval === "PENDING" || d.approval === "REJECTED" ? t(`deliveries.approvalShort.${d.approval}`) : d.job ? t(`deliveries.status.${d.job.status}`) : ""}</span>
                </div>
              </Td>
            </tr>
          );
        })}
      </Table>
      {nextCursor && (
        <p className="mt-4 text-center">
          <Link className="inline-flex min-h-11 items-center text-sm font-medium text-brand-700 hover:underline" href={`?cursor=${nextCursor}`}>{t("common.nextPage")}</Link>
        </p>
      )}
    </>
  );
}
