import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { adminMetadata } from "@/lib/seo/admin-metadata";
import { getAdminContext } from "@/lib/auth/admin-context";
import { pageEditorOptions } from "@/lib/pages/page-editor-options";
import { getLocale } from "next-intl/server";
import { timeZoneOf } from "@/lib/shops/shop-zone";
import { PageHeader } from "@/components/ui/page-header";
import { PageEditorClient } from "@/components/admin/pages/page-editor-client";

export const generateMetadata = () => adminMetadata("pageBuilder.new");

export default async function NewPagePage() {
  const { actor } = await getAdminContext();
  if (actor.role !== "ADMIN" && actor.role !== "OPERATOR") redirect("/admin/pages");
  const t = await getTranslations();
  const options = await pageEditorOptions(actor, [], (await getLocale()) as "zh" | "en");
  return (
    <>
      <PageHeader title={t("pageBuilder.new")} subtitle={t("pageBuilder.listIntro")} />
      <PageEditorClient page={{ id: null, slug: "", title: "", blocks: [], versions: [] }} options={options} timeZone={await timeZoneOf(actor.shopId)} />
    </>
  );
}
