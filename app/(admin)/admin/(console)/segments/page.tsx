import Link from "next/link";
import { oneParam } from "@/lib/http/search-param";
import { getTranslations } from "next-intl/server";
import { adminMetadata } from "@/lib/seo/admin-metadata";
import { getAdminContext } from "@/lib/auth/admin-context";
import { listSegmentPage } from "@/lib/segments/segment-actions";
import { PageHeader } from "@/components/ui/page-header";
import { Table, Td } from "@/components/ui/table";
import { Badge } from "@/components/ui/badge";
import { EmptyState } from "@/components/ui/empty-state";

export const generateMetadata = () => adminMetadata("nav.segments");

export default async function SegmentsPage({ searchParams }: { searchParams: Promise<{ cursor?: string }> }) {
  const { cursor } = await searchParams;
  const { actor } = await getAdminContext();
  const t = await getTranslations();
  const { items, nextCursor } = await listSegmentPage(actor, { cursor: oneParam(cursor, 64) });
  const canWrite = actor.role === "ADMIN" || actor.role === "OPERATOR";
  return (
    <>
      <PageHeader
        title={t("nav.segments")}
        subtitle={t("segments.subtitle")}
        actions={canWrite ? <Link href="/admin/segments/new" className="inline-flex min-h-11 items-center rounded-lg bg-brand-600 px-4 text-sm font-semibold text-white hover:bg-brand-700">+ {t("segments.new")}</Link> : null}
      />
      <Table head={[t("segments.name"), t("segments.kind"), t("segments.sizeAtSave"), t("segments.created")]} empty={<EmptyState title={t("common.empty")} />}>
        {items.map((s) => (
          <tr key={s.id} className="hover:bg-slate-50">
            <Td className="font-medium text-slate-900"><Link href={`/admin/segments/${s.id}`} className="hover:underline">{s.name}</Link></Td>
            <Td><Badge tone={s.kind === "RULES" ? "violet" : "gray"}>{t(`segments.mode.${s.kind === "RULES" ? "rules" : "csv"}`)}</Badge></Td>
            <Td className="tabular-nums">{s.size.toLocaleString()}</Td>
            <Td>{s.createdAt.slice(0, 10)}</Td>
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
