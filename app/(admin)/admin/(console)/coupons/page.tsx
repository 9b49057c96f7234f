import { adminMetadata } from "@/lib/seo/admin-metadata";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { getAdminContext } from "@/lib/auth/admin-context";
import { listCouponTemplates } from "@/lib/coupons/list-coupon-templates";
import { formatYuan } from "@/lib/pricing/money";
import { PageHeader } from "@/components/ui/page-header";
import { Table, Td } from "@/components/ui/table";
import { Badge } from "@/components/ui/badge";
import { EmptyState } from "@/components/ui/empty-state";
import { ButtonLink } from "@/components/ui/button";

export const generateMetadata = () => adminMetadata("nav.coupons");

export default async function AdminCouponsPage() {
  const ctx = await getAdminContext();
  const t = await getTranslations();
  const { items } = await listCouponTemplates(ctx.actor, { shopId: ctx.viewShopId });
  return (
    <>
      <PageHeader
        title={t("nav.coupons")}
        subtitle={t("admin.couponsSubtitle")}
        actions={ctx.actor.role === "ADMIN" || ctx.actor.role === "OPERATOR" ? <ButtonLink href="/admin/coupons/new">+ {t("couponForm.newTemplate")}</ButtonLink> : undefined}
      />
      <Table head={[t("admin.colName"), t("admin.colKind"), t("admin.colValue"), t("admin.colThreshold"), t("admin.colShop"), t("admin.colIssued")]} empty={<EmptyState title={t("common.empty")} />}>
        {items.map((c) => (
          <tr key={c.id} className="hover:bg-slate-50">
            <Td className="font-medium text-slate-900">
              <Link href={`/admin/coupons/${c.id}`} className="hover:text-brand-700 hover:underline">
                {c.name}
              </Link>
            </Td>
            <Td>
              <Badge tone={c.kind === "PERCENT_OFF" ? "violet" : c.kind === "SHIPPING" ? "blue" : c.kind === "EXCHANGE" ? "amber" : "red"}>{t(`couponKind.${c.kind}`)}</Badge>
            </Td>
            <Td className="tabular-nums">{c.kind === "PERCENT_OFF" ? `-${c.percentOff ?? 0}%` : c.amountOff != null ? formatYuan(c.amountOff) : "—"}</Td>
            <Td className="tabular-nums">{c.threshold ? formatYuan(c.threshold) : "—"}</Td>
            <Td>{c.shop?.name ?? t("common.platform")}</Td>
            <Td className="tabular-nums">
              {c.issuedCount} / {c.totalQuantity}
            </Td>
          </tr>
        ))}
      </Table>
    </>
  );
}
