import { adminMetadata } from "@/lib/seo/admin-metadata";
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { getAdminContext } from "@/lib/auth/admin-context";
import { listAudit } from "@/lib/audit/list-audit";
import { actorName, auditSubjects, subjectKey } from "@/lib/audit/audit-subjects";
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
  const subjects = await auditSubjects(items);
  const entityKeys = ["promotion", "couponTemplate", "couponCampaign", "refund", "product", "category", "shopper", "staff", "apiKey", "shop"];
  return (
    <>
      <PageHeader title={t("nav.audit")} subtitle={t("admin.auditSubtitle")} />
      <form className="mb-4 flex flex-wrap gap-2">
        <select name="entity" defaultValue={sp.entity ?? ""} aria-label={t("admin.colEntity")} className="min-h-11 rounded-lg border-0 bg-white px-3 py-2 text-sm ring-1 ring-slate-300">
          <option value="">{t("common.all")}</option>
          {entityKeys.map((k) => (
            <option key={k} value={k}>
              {t(`audit.entities.${k}`)}
            </option>
          ))}
        </select>
        {sp.entityId && <input type="hidden" name="entityId" value={sp.entityId} />}
        <button className="min-h-11 rounded-lg bg-slate-800 px-4 py-2 text-sm font-medium text-white">{t("common.search")}</button>
      </form>
      <Table head={[t("admin.colWhen"), t("admin.colActor"), t("admin.colAction"), t("audit.colSubject")]} empty={<EmptyState title={t("common.empty")} />}>
        {items.map((a) => {
          const subject = subjects[subjectKey(a)];
          return (
            <tr key={a.id}>
              <Td className="tabular-nums text-ink-muted">{format.dateTime(new Date(a.at), { dateStyle: "short", timeStyle: "medium" })}</Td>
              <Td>
                {a.actorType === "SYSTEM" ? t("audit.system") : actorName(a.actor)} <span className="text-xs text-ink-muted">{t.has(`audit.actorTypes.${a.actorType}`) ? t(`audit.actorTypes.${a.actorType}`) : a.actorType}</span>
              </Td>
              <Td>
                <Badge tone="blue">{t.has(`audit.actions.${a.action}`) ? t(`audit.actions.${a.action}`) : a.action}</Badge>
                {(a.after as { status?: string } | null)?.status && t.has(`status.${(a.after as { status: string }).status}`) && <span className="ml-1 text-xs text-ink-muted">→ {t(`status.${(a.after as { status: string }).status}`)}</span>}
              </Td>
              <Td>
                <span className="text-ink-muted">{t.has(`audit.entities.${a.entity}`) ? t(`audit.entities.${a.entity}`) : a.entity}</span>{" "}
                {subject?.href ? (
                  <Link href={subject.href} className="text-brand-700 underline">
                    {subject.name}
                  </Link>
                ) : (
                  (subject?.name ?? <span className="text-ink-muted">{t("audit.deleted")}</span>)
                )}
              </Td>
            </tr>
          );
        })}
      </Table>
      {nextCursor && (
        <div className="mt-4 text-right">
          <Link className="text-sm font-medium text-brand-700 hover:underline" href={`?${new URLSearchParams({ ...(sp.entity ? { entity: sp.entity } : {}), ...(sp.entityId ? { entityId: sp.entityId } : {}), cursor: nextCursor })}`}>
            {t("common.next")} →
          </Link>
        </div>
      )}
    </>
  );
}
