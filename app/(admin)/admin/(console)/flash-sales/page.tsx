import { adminMetadata } from "@/lib/seo/admin-metadata";
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { getAdminContext, viewWhere } from "@/lib/auth/admin-context";
import { flashMonitor } from "@/lib/flash-sale/flash-counters";
import { rebuildCountersAction } from "@/lib/flash-sale/flash-actions";
import { WRITERS } from "@/lib/auth/guards";
import { PageHeader } from "@/components/ui/page-header";
import { Table, Td } from "@/components/ui/table";
import { Badge } from "@/components/ui/badge";
import { EmptyState } from "@/components/ui/empty-state";
import { StatusBadge } from "@/components/admin/status-badge";

/**
 * 秒杀监控: every flash sale of the viewed scope, per item the database's counters (stock, sold,
 * pending, left) next to what Redis holds, whether they agree, and a rebuild from the database.
 */
export const generateMetadata = () => adminMetadata("nav.flashSales");

export default async function FlashMonitorPage() {
  const ctx = await getAdminContext();
  const t = await getTranslations("flashAdmin");
  const format = await getFormatter();
  const { rows, skuCodes } = await flashMonitor(viewWhere(ctx));
  const canRebuild = WRITERS.includes(ctx.actor.role);
  return (
    <>
      <PageHeader title={t("title")} subtitle={t("subtitle")} />
      {rows.length === 0 && <EmptyState title={t("none")} />}
      <div className="space-y-6">
        {rows.map(({ sale, cmp, recovered }) => (
          <section key={sale.id} aria-label={sale.name} data-testid="flash-monitor">
            <div className="mb-2 flex flex-wrap items-center justify-between gap-2">
              <h2 className="flex items-center gap-2 font-semibold text-slate-800">
                <Link href={`/admin/promotions/${sale.id}`} className="hover:underline">
                  {sale.name}
                </Link>
                <StatusBadge status={sale.status} />
                <span className="text-xs font-normal text-ink-muted">
                  {format.dateTime(sale.startsAt, { dateStyle: "short", timeStyle: "short" })} – {format.dateTime(sale.endsAt, { dateStyle: "short", timeStyle: "short" })}
                </span>
              </h2>
              {canRebuild && (
                <form action={rebuildCountersAction.bind(null, sale.id)}>
                  <button className="rounded-lg px-3 py-1.5 text-sm font-medium text-brand-700 ring-1 ring-brand-200 hover:bg-brand-50">{t("rebuild")}</button>
                </form>
              )}
            </div>
            <Table head={["SKU", t("stock"), t("sold"), t("pending"), t("dbLeft"), t("redisLeft"), t("check")]}>
              {(cmp?.items ?? []).map((i) => (
                <tr key={i.skuId}>
                  <Td className="font-mono text-xs">{skuCodes[i.skuId] ?? i.skuId}</Td>
                  <Td className="tabular-nums">{i.stock}</Td>
                  <Td className="tabular-nums">{i.sold}</Td>
                  <Td className="tabular-nums">{i.pending}</Td>
                  <Td className="tabular-nums">{i.left}</Td>
                  <Td className="tabular-nums">{i.redisLeft ?? "—"}</Td>
                  <Td>{i.agrees === null ? <Badge tone="gray">{t("notLoaded")}</Badge> : i.agrees ? <Badge tone="green">{t("agree")}</Badge> : <Badge tone="amber">{t("differ")}</Badge>}</Td>
                </tr>
              ))}
            </Table>
            {cmp && <p className="mt-1 text-xs text-ink-muted">{t("buyers", { redis: cmp.buyersInRedis, db: cmp.buyersInDb })}</p>}
            {recovered && (
              <p className="mt-1 text-xs text-amber-800" data-testid="flash-recovered">
                {t("recovered", { at: format.dateTime(new Date(recovered.at), { dateStyle: "short", timeStyle: "medium" }), reason: t(`recoveredWhy.${recovered.reason}`) })}
              </p>
            )}
          </section>
        ))}
      </div>
    </>
  );
}
