import { orNotFound } from "@/lib/http/or-not-found";
import { getTranslations } from "next-intl/server";
import { adminMetadata } from "@/lib/seo/admin-metadata";
import { getAdminContext } from "@/lib/auth/admin-context";
import { lotteryReport } from "@/lib/engagement/lottery";
import { formatYuan } from "@/lib/pricing/money";
import { PageHeader } from "@/components/ui/page-header";
import { StatTiles } from "@/components/ui/stat-tiles";
import { Table, Td } from "@/components/ui/table";
import { StatusBarChart } from "@/components/charts/lazy-charts-client";

export const generateMetadata = () => adminMetadata("membersAdmin.lotteries");
const COLORS: Record<string, string> = { COUPON: "#e11d48", POINTS: "#f59e0b", GOODS: "#6366f1", THANKS: "#94a3b8" };

/** A lottery's report: draws, shoppers, points spent, budget used; wins per prize against its weight's share. */
export default async function LotteryReportPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const { actor } = await getAdminContext();
  const t = await getTranslations();
  const r = await orNotFound(lotteryReport(actor, id.slice(0, 64)));
  const tiles: [string, string][] = [
    [t("membersAdmin.draws"), String(r.draws)],
    [t("membersAdmin.shoppers"), String(r.shoppers)],
    [t("membersAdmin.freeDraws"), String(r.free)],
    [t("membersAdmin.pointsSpent"), String(r.pointsSpent)],
    [t("membersAdmin.budgetUsed"), `${formatYuan(r.spent)} / ${formatYuan(r.budget)}`],
  ];
  return (
    <>
      <PageHeader title={r.name} subtitle={`${t("membersAdmin.costPoints")}: ${r.costPoints} · ${t("membersAdmin.freeN", { n: r.freePerDay })}`} />
      <StatTiles tiles={tiles} testId="lottery-report" wide />
      <section className="mb-6 rounded-2xl bg-white p-5 shadow-sm ring-1 ring-slate-200">
        <StatusBarChart data={r.prizes.map((p) => ({ key: p.id, label: p.name, value: p.won, color: COLORS[p.kind] }))} valueLabel={t("membersAdmin.wins")} labels={{ title: t("membersAdmin.winsByPrize"), tableLabel: t("common.dataTable"), keyLabel: t("membersAdmin.prize") }} />
      </section>
      <Table head={[t("membersAdmin.prize"), t("membersAdmin.weight"), t("membersAdmin.expectedShare"), t("membersAdmin.wins"), t("membersAdmin.stock")]}>
        {r.prizes.map((p) => (
          <tr key={p.id}>
            <Td>{p.name}</Td>
            <Td className="tabular-nums">{p.weight}</Td>
            <Td className="tabular-nums">{(p.share * 100).toFixed(1)}%</Td>
            <Td className="tabular-nums">{p.won}{r.draws ? ` (${((p.won * 100) / r.draws).toFixed(1)}%)` : ""}</Td>
            <Td className="tabular-nums">{p.stock ?? "∞"}</Td>
          </tr>
        ))}
      </Table>
    </>
  );
}
