import { adminMetadata } from "@/lib/seo/admin-metadata";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { getAdminContext } from "@/lib/auth/admin-context";
import { liveSnapshot } from "@/lib/live/live-snapshot";
import { PageHeader } from "@/components/ui/page-header";
import { LiveMonitorClient } from "@/components/admin/live/live-monitor-client";

/** 实时监控 of one promotion: the live counters, pushed every few seconds. */
export const generateMetadata = () => adminMetadata("nav.warRoom");

export default async function PromotionLivePage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const { actor } = await getAdminContext();
  const s = await liveSnapshot(actor, id).catch(() => null);
  if (!s) notFound();
  const t = await getTranslations("live");
  const keys = ["participants", "orders", "gmv", "gmvHint", "cost", "budget", "noBudget", "stock", "noStock", "conversion", "attempts", "attemptsChart", "outcomes", "live", "reconnecting", "updated"] as const;
  return (
    <>
      <Link href={`/admin/promotions/${id}`} className="text-sm text-ink-muted hover:text-slate-900">
        ← {s.promotion.name}
      </Link>
      <PageHeader title={t("title")} subtitle={t("subtitle")} actions={<Link href={`/admin/promotions/${id}/report`} className="rounded-lg px-3 py-2 text-sm font-medium text-brand-700 ring-1 ring-slate-200 hover:bg-slate-50">{t("report")}</Link>} />
      <LiveMonitorClient initial={s} labels={{ ...(Object.fromEntries(keys.map((k) => [k, k === "gmvHint" ? t("gmvHint", { gross: "{gross}" }) : t(k)])) as Record<(typeof keys)[number], string>) }} />
    </>
  );
}
