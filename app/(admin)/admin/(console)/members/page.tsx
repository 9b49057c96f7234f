import Link from "next/link";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { adminMetadata } from "@/lib/seo/admin-metadata";
import { getAdminContext } from "@/lib/auth/admin-context";
import { checkInConfig } from "@/lib/engagement/check-in";
import { engagementReport } from "@/lib/engagement/engagement-report";
import { reconcilePoints } from "@/lib/engagement/points-account";
import { platformTemplates } from "@/lib/invites/invite-program";
import { PageHeader } from "@/components/ui/page-header";
import { Table, Td } from "@/components/ui/table";
import { EngagementChart } from "@/components/charts/lazy-charts-client";
import { CheckInConfigClient } from "@/components/admin/members/check-in-config-client";
import { AdjustPointsClient } from "@/components/admin/members/adjust-points-client";
import { LevelsEditorClient } from "@/components/admin/members/levels-editor-client";
import { listLevels, pointsRule } from "@/lib/members/member-levels";
import { PointsRuleClient } from "@/components/admin/members/points-rule-client";

export const generateMetadata = () => adminMetadata("nav.members");

/** 会员中心 (platform): engagement over 14 days, check-in rewards, points by reason, reconciliation, adjustments. */
export default async function MembersPage() {
  const { actor } = await getAdminContext();
  if (actor.shopId) redirect("/admin");
  const t = await getTranslations();
  const [report, config, templates, recon, levels, rule] = await Promise.all([engagementReport(actor), checkInConfig(), platformTemplates(), reconcilePoints(), listLevels(), pointsRule()]);
  return (
    <>
      <PageHeader
        title={t("nav.members")}
        subtitle={t("membersAdmin.subtitle")}
        actions={
          <span className="flex gap-2">
            <Link href="/admin/points-mall" className="inline-flex min-h-11 items-center rounded-lg px-4 text-sm font-medium ring-1 ring-slate-300 hover:bg-slate-50">{t("membersAdmin.pointsMall")}</Link>
            <Link href="/admin/lotteries" className="inline-flex min-h-11 items-center rounded-lg px-4 text-sm font-medium ring-1 ring-slate-300 hover:bg-slate-50">{t("membersAdmin.lotteries")}</Link>
          </span>
        }
      />
      <section className="mb-6 rounded-2xl bg-white p-5 shadow-sm ring-1 ring-slate-200">
        <EngagementChart
          data={report.days}
          names={{ checkIns: t("membersAdmin.checkIns"), exchanges: t("membersAdmin.exchanges"), draws: t("membersAdmin.draws") }}
          labels={{ title: t("membersAdmin.engagement"), tableLabel: t("common.dataTable"), dateLabel: t("membersAdmin.day") }}
        />
      </section>
      <div className="mb-6">
        <LevelsEditorClient levels={levels} templates={templates} canEdit={actor.role === "ADMIN"} />
      </div>
      <div className="mb-6">
        <PointsRuleClient rule={rule} canEdit={actor.role === "ADMIN"} />
      </div>
      <div className="mb-6">
        <CheckInConfigClient active={config.active} rewards={config.rewards} templates={templates} canEdit={actor.role === "ADMIN"} />
      </div>
      <div className="mb-6 grid gap-6 lg:grid-cols-2">
        <section>
          <h2 className="mb-2 text-sm font-semibold text-slate-900">{t("membersAdmin.pointsByReason")}</h2>
          <Table head={[t("membersAdmin.reason"), t("membersAdmin.earned"), t("membersAdmin.spent")]}>
            {report.points.map((r) => (
              <tr key={r.reason}>
                <Td>{t(`engage.reason.${r.reason}`)}</Td>
                <Td className="tabular-nums">{r.earned}</Td>
                <Td className="tabular-nums">{r.spent}</Td>
              </tr>
            ))}
          </Table>
          <p className={`mt-3 rounded-lg p-3 text-sm ${recon.mismatches.length ? "bg-rose-50 text-rose-800" : "bg-emerald-50 text-emerald-800"}`} data-testid="reconciliation">
            {recon.mismatches.length ? t("membersAdmin.mismatch", { n: recon.mismatches.length }) : t("membersAdmin.reconciled", { n: recon.checked })}
          </p>
        </section>
        {(actor.role === "ADMIN" || actor.role === "OPERATOR") && <AdjustPointsClient />}
      </div>
    </>
  );
}
