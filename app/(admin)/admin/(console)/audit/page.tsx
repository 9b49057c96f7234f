import { adminMetadata } from "@/lib/seo/admin-metadata";
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { getAdminContext } from "@/lib/auth/admin-context";
import { listAudit } from "@/lib/audit/list-audit";
import { PageHeader } from "@/components/ui/page-header";
import { Table, Td } from "@/components/ui/table";
import { Badge } from "@/components/ui/badge";
import { EmptyState } from "@/components/ui/empty-state";

export const generateMetadata = () => adminMetadata("nav.audit");

export default async function AdminAuditPage({ searchParams }: { searchParams: Promise<{ entity?: string; entityId?: string; cursor?: string }> }) {
  const sp = await searchParams;
  const ctx = await getAdminContext();
  const t = await getTranslations();
  const format = await getFormatter();
  const { items, nextCursor } = await listAudit(ctx.actor, { entity: sp.entity, entityId: sp.entityId, cursor: sp.cursor, shopId: ctx.viewShopId });
  return (
    <>
      <PageHeader title={t("nav.audit")} subtitle={t("admin.auditSubtitle")} />
      <form className="mb-4 flex flex-wrap gap-2">
        <input name="entity" defaultValue={sp.entity} placeholder={t("admin.colEntity")} aria-label={t("admin.colEntity")} className="rounded-lg border-0 bg-white px-3 py-2 text-sm ring-1 ring-slate-300" />
        <input name="entityId" defaultValue={sp.entityId} placeholder="ID" aria-label="ID" className="rounded-lg border-0 bg-white px-3 py-2 text-sm ring-1 ring-slate-300" />
        <button className="rounded-lg bg-slate-800 px-4 py-2 text-sm font-medium text-white">{t("common.search")}</button>
      </form>
      <Table head={[t("admin.colWhen"), t("admin.colActor"), t("admin.colAction"), t("admin.colEntity"), "ID"]} empty={<EmptyState title={t("common.empty")} />}>
        {items.map((a) => (
          <tr key={a.id}>
            <Td className="tabular-nums text-ink-muted">{format.dateTime(new Date(a.at), { dateStyle: "short", timeStyle: "medium" })}</Td>
            <Td>
              {a.actor} <span className="text-xs text-ink-muted">{a.actorType}</span>
            </Td>
            <Td>
              <Badge tone="blue">{a.action}</Badge>
            </Td>
            <Td>{a.entity}</Td>
            <Td className="font-mono text-xs text-ink-muted">{a.entityId}</Td>
          </tr>
        ))}
      </Table>
      {nextCursor && (
        <div className="mt-4 text-right">
          <Link className="text-sm font-medium text-brand-700 hover:underline" href={`?${new URLSearchParams({ ...(sp.entity ? { entity: sp.entity } : {}), cursor: nextCursor })}`}>
            {t("common.next")} →
          </Link>
        </div>
      )}
    </>
  );
}
