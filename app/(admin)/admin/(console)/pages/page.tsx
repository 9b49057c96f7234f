import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { adminMetadata } from "@/lib/seo/admin-metadata";
import { getAdminContext } from "@/lib/auth/admin-context";
import { listPages } from "@/lib/pages/page-actions";
import { PageHeader } from "@/components/ui/page-header";
import { Table, Td } from "@/components/ui/table";
import { EmptyState } from "@/components/ui/empty-state";

export const generateMetadata = () => adminMetadata("nav.pages");

export default async function PagesPage() {
  const { actor } = await getAdminContext();
  const t = await getTranslations();
  const { items } = await listPages(actor);
  const canWrite = actor.role === "ADMIN" || actor.role === "OPERATOR";
  return (
    <>
      <PageHeader
        title={t("nav.pages")}
        subtitle={t("pageBuilder.listIntro")}
        actions={canWrite ? <Link href="/admin/pages/new" className="inline-flex min-h-11 items-center rounded-lg bg-brand-600 px-4 text-sm font-semibold text-white hover:bg-brand-700">+ {t("pageBuilder.new")}</Link> : null}
      />
      <Table head={[t("pageBuilder.pageTitle"), t("pageBuilder.slug"), t("pageBuilder.state"), t("pageBuilder.report")]} empty={<EmptyState title={t("common.empty")} />}>
        {items.map((p) => (
          <tr key={p.id} className="hover:bg-slate-50">
            <Td className="font-medium text-slate-900"><Link href={`/admin/pages/${p.id}`} className="hover:underline">{p.title}</Link></Td>
            <Td><a href={`/p/${p.slug}`} className="font-mono text-xs text-brand-700 hover:underline">/p/{p.slug}</a></Td>
            <Td className="text-sm">{p.liveVersion ? t("pageBuilder.liveV", { v: p.liveVersion }) : t("pageBuilder.draftOnly")}{p.scheduledAt ? ` · ${t("pageBuilder.scheduledTag")}` : ""}</Td>
            <Td><Link href={`/admin/pages/${p.id}/report`} className="text-sm text-brand-700 hover:underline">{t("pageBuilder.report")}</Link></Td>
          </tr>
        ))}
      </Table>
    </>
  );
}
