import { adminMetadata } from "@/lib/seo/admin-metadata";
import { getTranslations } from "next-intl/server";
import { getAdminContext } from "@/lib/auth/admin-context";
import { warRoom } from "@/lib/live/live-snapshot";
import { PageHeader } from "@/components/ui/page-header";
import { WarRoomClient } from "@/components/admin/live/war-room-client";

/** 大促作战室: every live promotion the staff member may see, live. */
export const generateMetadata = () => adminMetadata("nav.warRoom");

export default async function WarRoomPage() {
  const { actor } = await getAdminContext();
  const t = await getTranslations("live");
  const keys = ["promotion", "participants", "orders", "gmv", "cost", "budget", "stock", "attemptsLast10s", "totals", "none", "live", "reconnecting"] as const;
  return (
    <>
      <PageHeader title={t("warRoom")} subtitle={t("warRoomSubtitle")} />
      <WarRoomClient initial={await warRoom(actor)} labels={Object.fromEntries(keys.map((k) => [k, t(k)])) as Record<(typeof keys)[number], string>} />
    </>
  );
}
