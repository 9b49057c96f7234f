import { adminMetadata } from "@/lib/seo/admin-metadata";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { getAdminContext } from "@/lib/auth/admin-context";
import { campaignReport } from "@/lib/analytics/campaign-report";
import { formatYuan } from "@/lib/pricing/money";
import { PageHeader } from "@/components/ui/page-header";
import { Card, StatCard } from "@/components/ui/card";
import { ClaimsChart } from "@/components/charts/lazy-charts-client";
import { formatRate, formatRoi } from "@/lib/analytics/format-ratio";

/** A claim campaign's report: claims, uses, claim → use, GMV, the coupons' cost and its split, ROI. */
export const generateMetadata = () => adminMetadata("nav.coupons");

export default async function CampaignReportPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const { actor } = await getAdminContext();
  const r = await campaignReport(actor, id).catch(() => null);
  if (!r) notFound();
  const t = await getTranslations("report");
  const tc = await getTranslations("common");
  const format = await getFormatter();
  const days = r.days.map((d) => ({ label: format.dateTime(new Date(d.day), { month: "numeric", day: "numeric" }), claims: d.claims, uses: d.uses }));
  return (
    <>
      <Link href={`/admin/coupons/${r.campaign.templateId}`} className="text-sm text-ink-muted hover:text-slate-900">
        ← {r.campaign.name}
      </Link>
      <PageHeader title={t("title")} subtitle={t("campaignSubtitle")} />
      <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4" data-testid="campaign-stats">
        <StatCard label={t("claimed")} value={`${r.claimed} / ${r.campaign.totalQuantity}`} hint={t("claimers", { count: r.claimers })} />
        <StatCard label={t("used")} value={r.used} hint={t("claimToUse", { rate: formatRate(r.claimToUse) })} tone="brand" />
        <StatCard label={t("gmv")} value={formatYuan(r.gmv)} tone="emerald" />
        <StatCard label={t("couponCost")} value={formatYuan(r.cost)} hint={t("split", { platform: formatYuan(r.platformCost), shop: formatYuan(r.shopCost) })} tone="amber" />
        <StatCard label={t("roi")} value={formatRoi(r.roi)} hint={t("roiHint")} />
        <StatCard label={t("newCustomers")} value={r.newCustomers} hint={r.costPerNewCustomer === null ? undefined : t("perNew", { amount: formatYuan(r.costPerNewCustomer) })} />
      </div>
      <Card className="mt-6 p-5">
        <h2 className="mb-3 font-semibold text-slate-800">{t("claimsUses")}</h2>
        {days.length ? <ClaimsChart data={days} claimsLabel={t("claims")} usesLabel={t("uses")} labels={{ title: t("claimsUses"), tableLabel: tc("dataTable"), dateLabel: tc("date") }} /> : <p className="text-sm text-ink-muted">{t("noOrders")}</p>}
      </Card>
    </>
  );
}
