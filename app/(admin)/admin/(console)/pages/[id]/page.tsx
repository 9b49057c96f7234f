import { getTranslations } from "next-intl/server";
import { adminMetadata } from "@/lib/seo/admin-metadata";
import { getAdminContext } from "@/lib/auth/admin-context";
import { getPage, pagePromotionOptions } from "@/lib/pages/page-actions";
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
  const [page, promotions] = await Promise.all([orNotFound(getPage(actor, id.slice(0, 64))), pagePromotionOptions(actor)]);
  return (
    <>
      <PageHeader title={page.title} subtitle={`/p/${page.slug} · ${page.liveVersion ? t("pageBuilder.liveV", { v: page.liveVersion }) : t("pageBuilder.draftOnly")}`} />
      <PageEditorClient page={{ id: page.id, slug: page.slug, title: page.title, blocks: page.draft as unknown as DraftBlock[], versions: page.versions }} promotions={promotions} timeZone={await timeZoneOf(actor.shopId)} />
    </>
  );
}
