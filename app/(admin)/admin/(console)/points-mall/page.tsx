import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { adminMetadata } from "@/lib/seo/admin-metadata";
import { getAdminContext } from "@/lib/auth/admin-context";
import { listPointsProducts } from "@/lib/engagement/points-mall";
import { platformTemplates } from "@/lib/invites/invite-program";
import { PageHeader } from "@/components/ui/page-header";
import { Table, Td } from "@/components/ui/table";
import { EmptyState } from "@/components/ui/empty-state";
import { PointsProductFormClient } from "@/components/admin/members/points-product-form-client";

export const generateMetadata = () => adminMetadata("membersAdmin.pointsMall");

export default async function AdminPointsMallPage() {
  const { actor } = await getAdminContext();
  if (actor.shopId) redirect("/admin");
  const t = await getTranslations();
  const [items, templates] = await Promise.all([listPointsProducts({ all: true }), platformTemplates()]);
  return (
    <>
      <PageHeader title={t("membersAdmin.pointsMall")} subtitle={t("membersAdmin.pointsMallSubtitle")} />
      {(actor.role === "ADMIN" || actor.role === "OPERATOR") && <PointsProductFormClient templates={templates} />}
      <Table head={[t("membersAdmin.productName"), t("membersAdmin.kind"), t("membersAdmin.pointsCost"), t("membersAdmin.exchangedOf"), t("membersAdmin.perUserLimit")]} empty={<EmptyState title={t("common.empty")} />}>
        {items.map((p) => (
          <tr key={p.id}>
            <Td className="font-medium text-slate-900">{p.name}{!p.active && <span className="ml-2 text-xs text-ink-muted">({t("membersAdmin.inactive")})</span>}</Td>
            <Td>{p.kind === "COUPON" ? t("membersAdmin.kindCoupon") : t("membersAdmin.kindGoods")}</Td>
            <Td className="tabular-nums">{p.pointsCost}</Td>
            <Td className="tabular-nums">{p.stock - p.left} / {p.stock}</Td>
            <Td className="tabular-nums">{p.perUserLimit}</Td>
          </tr>
        ))}
      </Table>
    </>
  );
}
