import Link from "next/link";
import { oneParam } from "@/lib/http/search-param";
import { getTranslations } from "next-intl/server";
import { adminMetadata } from "@/lib/seo/admin-metadata";
import { getAdminContext } from "@/lib/auth/admin-context";
import { listAutomations } from "@/lib/automations/automation-actions";
import { PageHeader } from "@/components/ui/page-header";
import { Table, Td } from "@/components/ui/table";
import { EmptyState } from "@/components/ui/empty-state";
import { AutomationToggleClient } from "@/components/admin/automations/automation-toggle-client";

export const generateMetadata = () => adminMetadata("nav.automations");

export default async function AutomationsPage({ searchParams }: { searchParams: Promise<{ cursor?: string }> }) {
  const { cursor } = await searchParams;
  const { actor } = await getAdminContext();
  const t = await getTranslations();
  const { items, nextCursor } = await listAutomations(actor, { cursor: oneParam(cursor, 64) });
  const canWrite = actor.role === "ADMIN" || actor.role === "OPERATOR";
  return (
    <>
      <PageHeader
        title={t("nav.automations")}
        subtitle={t("automations.subtitle")}
        actions={canWrite ? <Link href="/admin/automations/new" className="inline-flex min-h-11 items-center rounded-lg bg-brand-600 px-4 text-sm font-semibold text-white hover:bg-brand-700">+ {t("automations.new")}</Link> : null}
      />
      <Table head={[t("automations.name"), t("automations.trigger"), t("automations.fired"), t("automations.status"), ""]} empty={<EmptyState title={t("common.empty")} />}>
        {items.map((a) => (
          <tr key={a.id} className="hover:bg-slate-50">
            <Td className="font-medium text-slate-900"><Link href={`/admin/automations/${a.id}`} className="hover:underline">{a.name}</Link></Td>
            <Td>{t(`automations.triggers.${a.trigger}`)} · {t(`automations.waitShort.${a.trigger}`, { n: a.wait })}</Td>
            <Td className="tabular-nums">{a.fired}</Td>
            <Td><span className={`rounded-full px-2 py-0.5 text-xs font-medium ${a.status === "ACTIVE" ? "bg-emerald-50 text-emerald-800" : "bg-slate-100 text-slate-700"}`}>{t(`automations.statuses.${a.status}`)}</span></Td>
            <Td>{canWrite && <AutomationToggleClient id={a.id} status={a.status} />}</Td>
          </tr>
        ))}
      </Table>
      {nextCursor && (
        <p className="mt-4 text-center">
          <Link className="inline-flex min-h-11 items-center text-sm font-medium text-brand-700 hover:underline" href={`?cursor=${nextCursor}`}>{t("common.nextPage")}</Link>
        </p>
      )}
    </>
  );
}
