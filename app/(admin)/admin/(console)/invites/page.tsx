import Link from "next/link";
import { redirect } from "next/navigation";
import { oneParam } from "@/lib/http/search-param";
import { getTranslations } from "next-intl/server";
import { adminMetadata } from "@/lib/seo/admin-metadata";
import { getAdminContext } from "@/lib/auth/admin-context";
import { inviteProgram, listInvitations, platformTemplates } from "@/lib/invites/invite-program";
import { PageHeader } from "@/components/ui/page-header";
import { Table, Td } from "@/components/ui/table";
import { EmptyState } from "@/components/ui/empty-state";
import { StatusBarChart } from "@/components/charts/lazy-charts-client";
import { InviteProgramClient } from "@/components/admin/invites/invite-program-client";

export const generateMetadata = () => adminMetadata("nav.invites");
const STATES = ["PENDING", "HELD", "REWARDED", "REVOKED", "CAPPED"] as const;
const COLORS = { PENDING: "#94a3b8", HELD: "#f59e0b", REWARDED: "#10b981", REVOKED: "#e11d48", CAPPED: "#6366f1" };

/** 邀请有礼 (platform): the programme's settings and every invitation with its state. */
export default async function InvitesPage({ searchParams }: { searchParams: Promise<{ cursor?: string }> }) {
  const { cursor } = await searchParams;
  const { actor } = await getAdminContext();
  if (actor.shopId) redirect("/admin");
  const t = await getTranslations();
  const [program, list, templates] = await Promise.all([inviteProgram(), listInvitations(actor, { cursor: oneParam(cursor, 64) }), platformTemplates()]);
  const chart = STATES.map((s) => ({ key: s, label: t(`invite.status.${s}`), value: list.counts[s] ?? 0, color: COLORS[s] }));
  return (
    <>
      <PageHeader title={t("nav.invites")} subtitle={t("inviteAdmin.subtitle")} />
      <InviteProgramClient program={program} templates={templates} canEdit={actor.role === "ADMIN"} />
      <section className="mb-6 rounded-2xl bg-white p-5 shadow-sm ring-1 ring-slate-200">
        <StatusBarChart data={chart} valueLabel={t("common.count")} labels={{ title: t("inviteAdmin.byState"), tableLabel: t("common.dataTable"), keyLabel: t("inviteAdmin.state") }} />
      </section>
      <Table head={[t("inviteAdmin.inviter"), t("inviteAdmin.invitee"), t("inviteAdmin.state"), t("inviteAdmin.reward")]} empty={<EmptyState title={t("common.empty")} />}>
        {list.items.map((i) => (
          <tr key={i.inviteeId}>
            <Td>{i.inviter}</Td>
            <Td>{i.invitee}</Td>
            <Td>{t(`invite.status.${i.status}`)}{i.note ? <span className="block text-xs text-ink-muted">{i.note}</span> : null}</Td>
            <Td className="tabular-nums">{i.points ? `${i.points} ${t("inviteAdmin.pointsUnit")}` : ""}{i.couponId ? ` + ${t("inviteAdmin.coupon")}` : ""}</Td>
          </tr>
        ))}
      </Table>
      {list.nextCursor && (
        <p className="mt-4 text-center"><Link className="inline-flex min-h-11 items-center text-sm font-medium text-brand-700 hover:underline" href={`?cursor=${list.nextCursor}`}>{t("common.nextPage")}</Link></p>
      )}
    </>
  );
}
