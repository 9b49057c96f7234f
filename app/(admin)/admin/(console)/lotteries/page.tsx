import Link from "next/link";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { adminMetadata } from "@/lib/seo/admin-metadata";
import { getAdminContext } from "@/lib/auth/admin-context";
import { listLotteries } from "@/lib/engagement/lottery";
import { platformTemplates } from "@/lib/invites/invite-program";
import { toZonedInput, PLATFORM_TIME_ZONE } from "@/lib/time/zone";
import { formatYuan } from "@/lib/pricing/money";
import { PageHeader } from "@/components/ui/page-header";
import { Table, Td } from "@/components/ui/table";
import { EmptyState } from "@/components/ui/empty-state";
import { LotteryFormClient } from "@/components/admin/members/lottery-form-client";

export const generateMetadata = () => adminMetadata("membersAdmin.lotteries");

export default async function LotteriesPage() {
  const { actor } = await getAdminContext();
  if (actor.shopId) redirect("/admin");
  const t = await getTranslations();
  const [items, templates] = await Promise.all([listLotteries(), platformTemplates()]);
  const at = (d: string) => toZonedInput(d, PLATFORM_TIME_ZONE).replace("T", " ");
  return (
    <>
      <PageHeader title={t("membersAdmin.lotteries")} subtitle={t("membersAdmin.lotteriesSubtitle")} />
      {(actor.role === "ADMIN" || actor.role === "OPERATOR") && <LotteryFormClient templates={templates} />}
      <Table head={[t("membersAdmin.lotteryName"), t("membersAdmin.window"), t("membersAdmin.costPoints"), t("membersAdmin.budgetUsed")]} empty={<EmptyState title={t("common.empty")} />}>
        {items.map((l) => (
          <tr key={l.id}>
            <Td className="font-medium text-slate-900"><Link href={`/admin/lotteries/${l.id}`} className="hover:underline">{l.name}</Link></Td>
            <Td className="tabular-nums">{at(l.startsAt)} – {at(l.endsAt)} ({PLATFORM_TIME_ZONE})</Td>
            <Td className="tabular-nums">{l.costPoints} · {t("membersAdmin.freeN", { n: l.freePerDay })}</Td>
            <Td className="tabular-nums">{formatYuan(l.spent)} / {formatYuan(l.budget)}</Td>
          </tr>
        ))}
      </Table>
    </>
  );
}
