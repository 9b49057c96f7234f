import { adminMetadata } from "@/lib/seo/admin-metadata";
import { getFormatter, getTranslations } from "next-intl/server";
import { getAdminContext } from "@/lib/auth/admin-context";
import { listStaffAndKeys } from "@/lib/staff/list-staff";
import { revokeApiKeyAction, setStaffActiveAction } from "@/lib/staff/staff-actions";
import { PageHeader } from "@/components/ui/page-header";
import { Card } from "@/components/ui/card";
import { Table, Td } from "@/components/ui/table";
import { Badge } from "@/components/ui/badge";
import { EmptyState } from "@/components/ui/empty-state";
import { AddApiKeyFormClient, AddStaffFormClient } from "@/components/admin/staff-forms-client";

export const generateMetadata = () => adminMetadata("nav.staff");

export default async function AdminStaffPage() {
  const ctx = await getAdminContext();
  const t = await getTranslations();
  const format = await getFormatter();
  const { staff, keys } = await listStaffAndKeys(ctx.actor, ctx.viewShopId);
  const isAdmin = ctx.actor.role === "ADMIN";
  const pickShop = !ctx.actor.shopId;
  return (
    <>
      <PageHeader title={t("nav.staff")} subtitle={t("admin.staffSubtitle")} />
      <h2 className="mb-3 font-semibold text-slate-800">{t("admin.staffMembers")}</h2>
      {isAdmin && (
        <Card className="mb-4 p-4">
          <AddStaffFormClient pickShop={pickShop} />
        </Card>
      )}
      <Table head={[t("admin.colName"), t("admin.colEmail"), t("admin.colRole"), t("admin.colShop"), ""]} empty={<EmptyState title={t("common.empty")} />}>
        {staff.map((s) => (
          <tr key={s.id}>
            <Td className="font-medium text-slate-900">
              {s.name} {!s.active && <Badge tone="gray">{t("staff.inactive")}</Badge>}
            </Td>
            <Td>{s.email}</Td>
            <Td>
              <Badge tone="violet">{t(`roles.${s.role}`)}</Badge>
            </Td>
            <Td>{s.shopName ?? t("common.platform")}</Td>
            <Td>
              {isAdmin && s.id !== ctx.actor.id && (
                <form action={setStaffActiveAction.bind(null, s.id, !s.active)}>
                  <button className="text-sm text-ink-muted hover:text-slate-900">{s.active ? t("staff.deactivate") : t("staff.activate")}</button>
                </form>
              )}
            </Td>
          </tr>
        ))}
      </Table>
      <h2 className="mb-3 mt-8 font-semibold text-slate-800">{t("admin.apiKeys")}</h2>
      {isAdmin && (
        <Card className="mb-4 p-4">
          <AddApiKeyFormClient pickShop={pickShop} />
        </Card>
      )}
      <Table head={[t("admin.colName"), t("admin.colKey"), t("admin.colRole"), t("admin.colShop"), t("admin.colLastUsed"), ""]} empty={<EmptyState title={t("common.empty")} />}>
        {keys.map((k) => (
          <tr key={k.id}>
            <Td className="font-medium text-slate-900">
              {k.name} {k.revokedAt && <Badge tone="red">{t("admin.revoked")}</Badge>}
            </Td>
            <Td className="font-mono text-xs">{k.prefix}…</Td>
            <Td>
              <Badge tone="violet">{t(`roles.${k.role}`)}</Badge>
            </Td>
            <Td>{k.shopName ?? t("common.platform")}</Td>
            <Td className="text-ink-muted">{k.lastUsedAt ? format.relativeTime(k.lastUsedAt) : t("admin.never")}</Td>
            <Td>
              {isAdmin && !k.revokedAt && (
                <form action={revokeApiKeyAction.bind(null, k.id)}>
                  <button className="text-sm text-rose-700 hover:underline">{t("staff.revoke")}</button>
                </form>
              )}
            </Td>
          </tr>
        ))}
      </Table>
    </>
  );
}
