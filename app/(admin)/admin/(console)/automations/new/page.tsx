import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { adminMetadata } from "@/lib/seo/admin-metadata";
import { getAdminContext } from "@/lib/auth/admin-context";
import { listSegments } from "@/lib/segments/segment-members";
import { segmentRefs } from "@/lib/segments/segment-actions";
import { PageHeader } from "@/components/ui/page-header";
import { AutomationFormClient } from "@/components/admin/automations/automation-form-client";

export const generateMetadata = () => adminMetadata("automations.new");

export default async function NewAutomationPage() {
  const { actor } = await getAdminContext();
  if (actor.role !== "ADMIN" && actor.role !== "OPERATOR") redirect("/admin/automations");
  const t = await getTranslations();
  const [segments, refs] = await Promise.all([listSegments(actor.shopId), segmentRefs(actor)]);
  return (
    <>
      <PageHeader title={t("automations.new")} subtitle={t("automations.subtitle")} />
      <AutomationFormClient segments={segments.map((s) => ({ id: s.id, label: s.name }))} templates={refs.templates} />
    </>
  );
}
