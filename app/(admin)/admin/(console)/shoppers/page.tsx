import Link from "next/link";
import { adminMetadata } from "@/lib/seo/admin-metadata";
import { getTranslations } from "next-intl/server";
import { oneParam } from "@/lib/http/search-param";
import { getAdminContext } from "@/lib/auth/admin-context";
import { listShoppers } from "@/lib/shoppers/list-shoppers";
import { PageHeader } from "@/components/ui/page-header";
import { Table, Td } from "@/components/ui/table";
import { Badge } from "@/components/ui/badge";
import { EmptyState } from "@/components/ui/empty-state";

export const generateMetadata = () => adminMetadata("nav.shoppers");

export default async function AdminShoppersPage({ searchParams }: { searchParams: Promise<{ q?: string; cursor?: string }> }) {
  const sp = await searchParams;
  const q = oneParam(sp.q, 100);
  const cursor = oneParam(sp.cursor, 64);
  const { actor } = await getAdminContext();
  const t = await getTranslations();
  const { items, nextCursor } = await listShoppers(actor, { q, take: 50, cursor });
  return (
    <>
      <PageHeader title={t("nav.shoppers")} subtitle={t("admin.shoppersSubtitle")} />
      <form className="mb-4 flex gap-2" role="search">
        <input name="q" defaultValue={q} aria-label={t("common.search")} placeholder={t("common.search")} className="w-full max-w-sm rounded-lg border-0 bg-white px-3 py-2 text-sm ring-1 ring-slate-300" />
        <button className="rounded-lg bg-slate-800 px-4 py-2 text-sm font-medium text-white">{t("common.search")}</button>
      </form>
      <Table head={[t("admin.colName"), t("admin.colEmail"), t("admin.colLevel"), t("admin.colPoints"), t("admin.colRegion"), t("admin.colTags"), t("admin.colNewUser")]} empty={<EmptyState title={t("common.empty")} />}>
        {items.map((s) => (
          <tr key={s.id} className="hover:bg-slate-50">
            <Td className="font-medium text-slate-900">{actor.shopId ? s.name : <Link href={`/admin/shoppers/${s.id}`} className="hover:underline">{s.name}</Link>}</Td>
            <Td>{s.email ?? "—"}</Td>
            <Td>
              <Badge tone="violet">{s.memberLevel}</Badge>
            </Td>
            <Td className="tabular-nums">{s.points}</Td>
            <Td>{s.region ?? "—"}</Td>
            <Td className="space-x-1">{s.tags.map((tag) => <Badge key={tag}>{tag}</Badge>)}</Td>
            <Td>{s.firstOrderDone ? t("admin.no") : <Badge tone="green">{t("admin.yes")}</Badge>}</Td>
          </tr>
        ))}
      </Table>
      {nextCursor && (
        <p className="mt-4 text-center">
          <Link className="inline-flex min-h-11 items-center text-sm font-medium text-brand-700 hover:underline" href={`?${new URLSearchParams({ ...(q ? { q } : {}), cursor: nextCursor })}`}>
            {t("common.nextPage")}
          </Link>
        </p>
      )}
    </>
  );
}
