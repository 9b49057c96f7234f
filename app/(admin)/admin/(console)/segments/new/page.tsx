import { getTranslations } from "next-intl/server";
import { adminMetadata } from "@/lib/seo/admin-metadata";
import { getAdminContext } from "@/lib/auth/admin-context";
import { segmentRefs } from "@/lib/segments/segment-actions";
import { PageHeader } from "@/components/ui/page-header";
import { SegmentBuilderClient } from "@/components/admin/segments/segment-builder-client";

export const generateMetadata = () => adminMetadata("segments.new");

export default async function NewSegmentPage() {
  const { actor } = await getAdminContext();
  const t = await getTranslations();
  return (
    <>
      <PageHeader title={t("segments.new")} subtitle={t("segments.newSubtitle")} />
      <SegmentBuilderClient refs={await segmentRefs(actor)} />
    </>
  );
}
