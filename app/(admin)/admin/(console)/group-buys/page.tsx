import { adminMetadata } from "@/lib/seo/admin-metadata";
import { getFormatter, getTranslations } from "next-intl/server";
import { getAdminContext } from "@/lib/auth/admin-context";
import { listGroups } from "@/lib/group-buy/group-view";
import { PageHeader } from "@/components/ui/page-header";
import { Table, Td } from "@/components/ui/table";
import { Badge } from "@/components/ui/badge";
import { EmptyState } from "@/components/ui/empty-state";

const tone = { OPEN: "blue", COMPLETED: "green", FAILED: "red" } as const;

/** 拼团列表: the groups of the viewed scope's group buys, with seats taken and their state. */
export const generateMetadata = () => adminMetadata("nav.groupBuys");

export default async function GroupBuysPage() {
  const ctx = await getAdminContext();
  const t = await getTranslations("groupAdmin");
  const format = await getFormatter();
  const groups = await listGroups(ctx.actor, ctx.viewShopId);
  return (
    <>
      <PageHeader title={t("title")} subtitle={t("subtitle")} />
      <Table head={[t("promotion"), t("leader"), t("seats"), t("status"), t("expires"), t("opened")]} empty={<EmptyState title={t("none")} />}>
        {groups.map((g) => (
          <tr key={g.id}>
            <Td>{g.promotion}</Td>
            <Td>{g.leader}</Td>
            <Td className="tabular-nums">
              {g.members} / {g.size}
            </Td>
            <Td>
              <Badge tone={tone[g.status]}>{t(`state.${g.status}`)}</Badge> {g.virtual && <Badge tone="violet">{t("virtual")}</Badge>}
            </Td>
            <Td className="tabular-nums text-ink-muted">{format.dateTime(g.expiresAt, { dateStyle: "short", timeStyle: "short" })}</Td>
            <Td className="tabular-nums text-ink-muted">{format.dateTime(g.createdAt, { dateStyle: "short", timeStyle: "short" })}</Td>
          </tr>
        ))}
      </Table>
    </>
  );
}
