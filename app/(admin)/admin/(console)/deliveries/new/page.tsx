import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { adminMetadata } from "@/lib/seo/admin-metadata";
import { getAdminContext } from "@/lib/auth/admin-context";
import { listSegments } from "@/lib/segments/segment-members";
import { segmentRefs } from "@/lib/segments/segment-actions";
import { timeZoneOf } from "@/lib/shops/shop-zone";
import { PageHeader } from "@/components/ui/page-header";
import { DeliveryFormClient } from "@/components/admin/deliveries/delivery-form-client";

export const generateMetadata = () => adminMetadata("deliveries.new");

export default async function NewDeliveryPage() {
  const { actor } = await getAdminContext();
  if (actor.role !== "ADMIN" && actor.role !== "OPERATOR") redirect("/admin/deliveries");
  const t = await getTranslations();
  const [segments, refs, zone] = await Promise.all([listSegments(actor.shopId), segmentRefs(actor), timeZoneOf(actor.shopId)]);
  return (
    <>
      <PageHeader title={t("deliveries.new")} subtitle={t("deliveries.newSubtitle")} />
      <DeliveryFormClient segments={segments.map((s) => ({ id: s.id, label: s.name }))} templates={refs.templates} timeZone={zone} />
    </>
  );
}
