import { getLocale, getTranslations } from "next-intl/server";
import { adminMetadata } from "@/lib/seo/admin-metadata";
import { getAdminContext } from "@/lib/auth/admin-context";
import { getPage } from "@/lib/pages/page-actions";
import { pageEditorOptions } from "@/lib/pages/page-editor-options";
import Link from "next/link";
import { orNotFound } from "@/lib/http/or-not-found";
import { timeZoneOf } from "@/lib/shops/shop-zone";
import { PageHeader } from "@/components/ui/page-header";
import { PageEditorClient } from "@/components/admin/pages/page-editor-client";
import type { DraftBlock } from "@/components/admin/pages/block-defaults";

export const generateMetadata = () => adminMetadata("nav.pages");

export default async function EditPagePage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const { actor } = await getAdminContext();
  const t = await getTranslations();
  const page = await orNotFound(getPage(actor, id.slice(0, 64)));
  const options = await pageEditorOptions(actor, page.draft, (await getLocale()) as "zh" | "en");
  return (
    <>
      <PageHeader title={page.title} subtitle={`/p/${page.slug} · ${page.liveVersion ? t("pageBuilder.liveV", { v: page.liveVersion }) : t("pageBuilder.draftOnly")}`} actions={<Link href={`/admin/pages/${page.id}/report`} className="inline-flex min-h-11 items-center rounded-lg px-4 text-sm font-medium text-brand-700 ring-1 ring-brand-200 hover:bg-brand-50">{t("pageBuilder.report")}</Link>} />
      <PageEditorClient page={{ id: page.id, slug: page.slug, title: page.title, blocks: page.draft as unknown as DraftBlock[], versions: page.versions }} options={options} timeZone={await timeZoneOf(actor.shopId)} />
    </>
  );
}
