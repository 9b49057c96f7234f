import { redirect } from "next/navigation";
import { orNotFound } from "@/lib/http/or-not-found";
import { getFormatter, getTranslations } from "next-intl/server";
import { adminMetadata } from "@/lib/seo/admin-metadata";
import { getAdminContext } from "@/lib/auth/admin-context";
import { getShopper } from "@/lib/shoppers/get-shopper";
import { pointsHistory } from "@/lib/engagement/points-account";
import { PageHeader } from "@/components/ui/page-header";
import { Table, Td } from "@/components/ui/table";
import { EmptyState } from "@/components/ui/empty-state";
import { AdjustPointsClient } from "@/components/admin/members/adjust-points-client";

export const generateMetadata = () => adminMetadata("nav.shoppers");

/** A shopper's points (platform staff): the balance, the ledger line by line, and an adjustment. */
export default async function AdminShopperPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const { actor } = await getAdminContext();
  if (actor.shopId) redirect("/admin/shoppers");
  const t = await getTranslations();
  const format = await getFormatter();
  const s = await orNotFound(getShopper(id.slice(0, 64)));
  const h = await pointsHistory(s.id, { take: 200 });
  const sum = h.items.reduce((a, e) => a + e.amount, 0);
  return (
    <>
      <PageHeader title={s.name} subtitle={`${s.memberLevel} · ${t("membersAdmin.balance", { n: h.balance })}${h.nextCursor ? "" : sum === h.balance ? ` · ${t("membersAdmin.ledgerMatches")}` : ` · ${t("membersAdmin.ledgerDiffers", { sum })}`}`} />
      {(actor.role === "ADMIN" || actor.role === "OPERATOR") && (
        <div className="mb-6">
          <AdjustPointsClient shopperId={s.id} />
        </div>
      )}
      <Table head={[t("admin.colWhen"), t("membersAdmin.reason"), t("membersAdmin.amountCol"), t("membersAdmin.noteCol")]} empty={<EmptyState title={t("engage.noPoints")} />}>
        {h.items.map((e) => (
          <tr key={e.id}>
            <Td className="tabular-nums">{format.dateTime(new Date(e.createdAt), { dateStyle: "short", timeStyle: "short" })}</Td>
            <Td>{t(`engage.reason.${e.reason}`)}</Td>
            <Td className={`tabular-nums ${e.amount > 0 ? "text-emerald-700" : "text-rose-700"}`}>{e.amount > 0 ? `+${e.amount}` : e.amount}</Td>
            <Td className="text-xs">{e.note ?? ""}</Td>
          </tr>
        ))}
      </Table>
    </>
  );
}
