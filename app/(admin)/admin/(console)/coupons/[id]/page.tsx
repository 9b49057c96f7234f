import { adminMetadata } from "@/lib/seo/admin-metadata";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { getAdminContext } from "@/lib/auth/admin-context";
import { getTemplateView } from "@/lib/coupons/get-template-view";
import { formatYuan } from "@/lib/pricing/money";
import { Card, StatCard } from "@/components/ui/card";
import { Badge } from "@/components/ui/badge";
import { Table, Td } from "@/components/ui/table";
import { EmptyState } from "@/components/ui/empty-state";
import { CodeGeneratorClient } from "@/components/admin/code-generator-client";
import { timeZoneOf } from "@/lib/shops/shop-zone";
import { CampaignFormClient } from "@/components/admin/campaign-form-client";
import { GrantFormClient } from "@/components/admin/grant-form-client";
import { AuditLine } from "@/components/admin/audit-line";
import { listShopperOptions } from "@/lib/shoppers/list-shopper-options";
import { listSegments } from "@/lib/segments/segment-members";
import { listAudit } from "@/lib/audit/list-audit";

export const generateMetadata = () => adminMetadata("nav.coupons");

export default async function CouponTemplatePage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const ctx = await getAdminContext();
  const view = await getTemplateView(ctx.actor, id).catch(() => null);
  if (!view) notFound();
  const { template: t, usage, jobs, codes } = view;
  const tr = await getTranslations();
  const format = await getFormatter();
  const canWrite = (ctx.actor.role === "ADMIN" || ctx.actor.role === "OPERATOR") && !(ctx.actor.shopId && !t.shopId);
  const [shoppers, segments, audit] = await Promise.all([listShopperOptions(tr("promo.newUsers")), listSegments(t.shopId), listAudit(ctx.actor, { entity: "couponTemplate", entityId: t.id, take: 30 })]);
  const value = t.kind === "PERCENT_OFF" ? `-${t.percentOff}%${t.maxOff ? ` (≤ ${formatYuan(t.maxOff)})` : ""}` : t.amountOff != null ? formatYuan(t.amountOff) : "—";
  return (
    <>
      <Link href="/admin/coupons" className="text-sm text-ink-muted hover:text-slate-900">
        ← {tr("nav.coupons")}
      </Link>
      <div className="mb-6 mt-2">
        <h1 className="text-2xl font-semibold text-slate-900">{t.name}</h1>
        <div className="mt-2 flex flex-wrap items-center gap-2 text-sm text-ink-muted">
          <Badge tone="red">{tr(`couponKind.${t.kind}`)}</Badge>
          <span>{value}</span>
          <span>· {t.threshold ? tr("coupon.threshold", { amount: formatYuan(t.threshold) }) : tr("coupon.noThreshold")}</span>
          <span>· {t.shop?.name ?? tr("common.platform")}</span>
          <span>· {t.validDays ? tr("coupon.validDays", { days: t.validDays }) : `${format.dateTime(t.validFrom!, { dateStyle: "medium" })} → ${format.dateTime(t.validTo!, { dateStyle: "medium" })}`}</span>
        </div>
      </div>
      <div className="grid grid-cols-2 gap-4 lg:grid-cols-5">
        <StatCard label={tr("coupon.issued")} value={`${t.issuedCount} / ${t.totalQuantity}`} />
        <StatCard label={tr("coupon.state.UNUSED")} value={usage.UNUSED ?? 0} tone="brand" />
        <StatCard label={tr("coupon.state.LOCKED")} value={usage.LOCKED ?? 0} tone="amber" />
        <StatCard label={tr("coupon.state.USED")} value={usage.USED ?? 0} tone="emerald" />
        <StatCard label={tr("coupon.state.EXPIRED")} value={usage.EXPIRED ?? 0} />
      </div>
      {canWrite && (
        <Card className="mt-6 p-5">
          <h2 className="mb-1 font-semibold text-slate-800">{tr("coupon.codes")}</h2>
          <p className="mb-4 text-sm text-ink-muted">{codes.map((c) => tr(c.singleUse ? "coupon.singleCodes" : "coupon.sharedCodes", { count: c.count, used: c.used })).join(" · ") || tr("coupon.noCodes")}</p>
          <CodeGeneratorClient templateId={t.id} max={view.codesLeft} />
        </Card>
      )}
      {canWrite && (
        <Card className="mt-6 p-5">
          <h2 className="mb-4 font-semibold text-slate-800">{tr("coupon.grants")}</h2>
          <GrantFormClient templateId={t.id} shoppers={shoppers} segments={segments.map((s) => ({ id: s.id, label: s.name }))} />
        </Card>
      )}
      <h2 className="mb-3 mt-8 font-semibold text-slate-800">{tr("coupon.campaigns")}</h2>
      {canWrite && (
        <Card className="mb-4 p-4">
          <CampaignFormClient templateId={t.id} timeZone={await timeZoneOf(t.shopId)} />
        </Card>
      )}
      <Table head={[tr("admin.colName"), tr("coupon.window"), tr("coupon.claimed"), tr("coupon.perUser"), ""]} empty={<EmptyState title={tr("common.empty")} />}>
        {t.campaigns.map((c) => (
          <tr key={c.id}>
            <Td className="font-medium text-slate-900">{c.name}</Td>
            <Td className="tabular-nums text-ink-muted">
              {format.dateTime(c.claimStartsAt, { dateStyle: "short", timeStyle: "short" })} → {format.dateTime(c.claimEndsAt, { dateStyle: "short", timeStyle: "short" })}
            </Td>
            <Td className="tabular-nums">
              {c.claimedCount} / {c.totalQuantity}
            </Td>
            <Td>{c.perUserLimit}</Td>
            <Td>
              <Link href={`/admin/coupons/campaigns/${c.id}`} className="text-brand-700 hover:underline">
                {tr("report.title")}
              </Link>
            </Td>
          </tr>
        ))}
      </Table>
      {jobs.length > 0 && (
        <>
          <h2 className="mb-3 mt-8 font-semibold text-slate-800">{tr("coupon.jobs")}</h2>
          <Table head={[tr("admin.colCreated"), tr("admin.colStatus"), tr("coupon.processed"), ""]}>
            {jobs.map((j) => (
              <tr key={j.id}>
                <Td className="text-ink-muted">{format.dateTime(j.createdAt, { dateStyle: "short", timeStyle: "short" })}</Td>
                <Td>{tr(`coupon.job.${j.status}`)}</Td>
                <Td className="tabular-nums">
                  {j.processed} / {j.total}
                </Td>
                <Td>{j.resultUrl && <a className="text-brand-700 hover:underline" href={j.resultUrl}>{tr("coupon.downloadCsv")}</a>}</Td>
              </tr>
            ))}
          </Table>
        </>
      )}
      <Card className="mt-8 p-5">
        <h2 className="mb-3 font-semibold text-slate-800">{tr("coupon.history")}</h2>
        {audit.items.length === 0 && <p className="text-sm text-ink-muted">{tr("common.empty")}</p>}
        <ol className="space-y-2 border-l border-slate-200 pl-4 text-sm">
          {audit.items.map((a) => (
            <li key={a.id}>
              <time className="text-xs text-ink-muted" dateTime={a.at}>
                {format.dateTime(new Date(a.at), { dateStyle: "short", timeStyle: "short" })}
              </time>{" "}
              <AuditLine entry={a} withEntity={false} />
            </li>
          ))}
        </ol>
      </Card>
    </>
  );
}
