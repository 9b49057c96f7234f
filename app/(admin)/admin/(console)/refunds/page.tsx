import { adminMetadata } from "@/lib/seo/admin-metadata";
import Link from "next/link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { getAdminContext } from "@/lib/auth/admin-context";
import { listRefunds } from "@/lib/orders/list-refunds";
import { formatYuan } from "@/lib/pricing/money";
import { PageHeader } from "@/components/ui/page-header";
import { Badge } from "@/components/ui/badge";
import { EmptyState } from "@/components/ui/empty-state";
import { RefundDecisionClient } from "@/components/admin/refund-decision-client";
import { RefundSettingsClient } from "@/components/admin/refund-settings-client";
import { refundSettings } from "@/lib/shops/refund-settings";

export const generateMetadata = () => adminMetadata("nav.refunds");

const TABS = ["PENDING", "APPROVED", "REJECTED"] as const;

/** 售后审核: refunds waiting for the shop's decision first, with the quote's deductions line by line. */
export default async function AdminRefundsPage({ searchParams }: { searchParams: Promise<{ status?: string; cursor?: string }> }) {
  const sp = await searchParams;
  const ctx = await getAdminContext();
  const [t, tr, format, locale] = await Promise.all([getTranslations("refundAdmin"), getTranslations("refund"), getFormatter(), getLocale()]);
  const status = TABS.find((s) => s === sp.status) ?? "PENDING";
  const { items, nextCursor } = await listRefunds(ctx.actor, { status, cursor: sp.cursor, shopId: ctx.viewShopId });
  const canDecide = ctx.actor.role === "ADMIN" || ctx.actor.role === "OPERATOR";
  // a shop's ADMIN (or platform ADMIN looking at one shop) sets its auto-approve amount here
  const settingsShopId = ctx.actor.role === "ADMIN" ? (ctx.actor.shopId ?? ctx.viewShopId) : null;
  const settingsShop = settingsShopId ? await refundSettings(settingsShopId) : null;
  return (
    <>
      <PageHeader title={t("title")} subtitle={t("subtitle")} />
      {settingsShop && <RefundSettingsClient shopId={settingsShop.id} current={settingsShop.refundAutoApproveBelow} />}
      <nav className="mb-4 flex gap-2" aria-label={t("title")}>
        {TABS.map((s) => (
          <Link key={s} href={`?status=${s}`} aria-current={s === status ? "page" : undefined} className={`min-h-11 rounded-full px-4 py-2 text-sm font-medium ${s === status ? "bg-slate-900 text-white" : "bg-white text-slate-700 ring-1 ring-slate-300"}`}>
            {tr(`status_${s}`)}
          </Link>
        ))}
      </nav>
      {items.length === 0 && <EmptyState title={t("empty")} />}
      <ul className="space-y-3" data-testid="refund-queue">
        {items.map((r) => (
          <li key={r.id} className="rounded-xl bg-white p-4 shadow-sm ring-1 ring-slate-200">
            <div className="flex flex-wrap items-start justify-between gap-3">
              <div className="min-w-0 space-y-1 text-sm">
                <p className="flex flex-wrap items-center gap-2">
                  <Badge tone={r.status === "PENDING" ? "amber" : r.status === "APPROVED" ? "green" : "gray"}>{tr(`status_${r.status}`)}</Badge>
                  <Badge tone="blue">{tr(`type_${r.type}`)}</Badge>
                  {r.flagged && <Badge tone="red">{t("flagged")}</Badge>}
                  <span className="text-ink-muted">{format.dateTime(new Date(r.createdAt), { dateStyle: "medium", timeStyle: "short" })}</span>
                </p>
                <p className="text-slate-800">
                  {t("who", { shopper: r.shopperName })} · {t("order")} <span className="font-mono text-xs">{r.orderId.slice(-8)}</span>
                </p>
                <ul className="text-slate-700">
                  {r.lines.map((l) => (
                    <li key={l.skuId}>
                      {(locale === "en" ? r.skuNames[l.skuId]?.en : r.skuNames[l.skuId]?.zh) ?? l.skuId} × {l.quantity} · {formatYuan(l.amount)}
                    </li>
                  ))}
                </ul>
                <p className="text-slate-700">
                  {tr("reason")}：{r.reason ?? "—"}
                </p>
                {r.deductions.length > 0 && (
                  <ul className="rounded-lg bg-amber-50 p-2 text-xs text-amber-900">
                    {r.deductions.map((d) => (
                      <li key={`${d.kind}:${d.id}:${d.type}`}>{d.amount < 0 ? tr("giveBack", { name: d.name, amount: formatYuan(-d.amount) }) : tr(`deduct_${d.type === "EARNED_COUPON" ? "EARNED_COUPON" : d.kind}`, { name: d.name, amount: formatYuan(d.amount) })}</li>
                    ))}
                  </ul>
                )}
                {r.giftsReturned.length > 0 && <p className="text-xs text-ink-muted">{tr("giftsBack", { list: r.giftsReturned.map((g) => `${(locale === "en" ? r.skuNames[g.skuId]?.en : r.skuNames[g.skuId]?.zh) ?? ""} × ${g.quantity}`).join("、") })}</p>}
                {r.status === "REJECTED" && r.decisionReason && <p className="text-xs text-rose-700">{tr("rejectedBecause", { reason: r.decisionReason })}</p>}
              </div>
              <div className="space-y-2 text-right">
                <p className="text-2xl font-semibold tabular-nums text-slate-900" data-testid="refund-admin-amount">
                  {formatYuan(r.amount)}
                </p>
                {r.pointsReversed > 0 && <p className="text-xs text-ink-muted">{t("points", { points: r.pointsReversed })}</p>}
                {r.status === "PENDING" && canDecide && <RefundDecisionClient refundId={r.id} />}
              </div>
            </div>
          </li>
        ))}
      </ul>
      {nextCursor && (
        <div className="mt-4 text-right">
          <Link className="text-sm font-medium text-brand-700 hover:underline" href={`?${new URLSearchParams({ status, cursor: nextCursor })}`}>
            {t("next")} →
          </Link>
        </div>
      )}
    </>
  );
}
