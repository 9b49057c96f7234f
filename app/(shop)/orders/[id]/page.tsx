import { shopPageMetadata } from "@/lib/seo/shop-metadata";
import { FillImage } from "@/components/ui/fill-image";
import { Link } from "@/lib/i18n/navigation";
import { notFound } from "next/navigation";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { requireShopperId } from "@/lib/auth/session-actor";
import { getShopperOrderView } from "@/lib/orders/shopper-orders";
import { cancelOrderAction } from "@/lib/orders/shopper-order-actions";
import { formatYuan } from "@/lib/pricing/money";
import { OrderStatusBadge } from "@/components/shop/order-status-badge";
import { TotalsList } from "@/components/shop/totals-list";
import { errorText } from "@/lib/i18n/error-text";
import { Notice } from "@/components/ui/notice";
import { PresalePanel } from "@/components/shop/presale-panel";
import { myPresaleOfOrder } from "@/lib/presale/my-presales";

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return shopPageMetadata("orderTitle", `/orders/${id}`);
}

export default async function OrderPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ paid?: string; refunded?: string; error?: string; presaleError?: string }> }) {
  const [{ id }, sp] = await Promise.all([params, searchParams]);
  const shopperId = await requireShopperId(`/orders/${id}`);
  const o = await getShopperOrderView(shopperId, id, (await getLocale()) as "zh" | "en").catch(() => null);
  if (!o) notFound();
  const t = await getTranslations("orders");
  const tp = await getTranslations("price");
  const tr = await getTranslations("refund");
  const te = await getTranslations("errors");
  const format = await getFormatter();
  const now = new Date();
  const presale = await myPresaleOfOrder(shopperId, id, now);
  // a presale deposit is not refundable by the shopper (定金不退; SPEC §3)
  const refundable = o.source !== "PRESALE_DEPOSIT" && (o.status === "PAID" || o.status === "COMPLETED") && o.lines.some((l) => !l.gift && l.refundedQuantity < l.quantity);
  const box = "rounded-2xl bg-white p-4 shadow-sm ring-1 ring-slate-200";
  return (
    <div className="space-y-4">
      <header className="flex flex-wrap items-center justify-between gap-2">
        <h1 className="text-lg font-semibold text-slate-900">{t("detailTitle")}</h1>
        <OrderStatusBadge status={o.status} />
      </header>
      {sp.paid && (
        <Notice tone="success">
          {t("paidNotice")}
        </Notice>
      )}
      {sp.refunded && (
        <Notice tone="success">
          {sp.refunded === "PENDING" ? t("refundPendingNotice") : t("refundedNotice")}
        </Notice>
      )}
      {sp.error && (
        <Notice tone="error">
          {errorText(te, sp.error)}
        </Notice>
      )}
      {presale && <PresalePanel p={presale} orderId={id} error={sp.presaleError} now={now} />}
      {o.groupId && (
        <Link href={`/groups/${o.groupId}`} className="block rounded-xl bg-violet-50 px-4 py-3 text-sm font-medium text-violet-800 ring-1 ring-violet-200" data-testid="order-group">
          {t("viewGroup")}
        </Link>
      )}
      <p className="text-sm text-ink-muted">
        <span data-testid="order-no">{t("orderNo", { no: o.orderNo })}</span> ·{" "}
        {t("placedAt", { at: format.dateTime(o.createdAt, { dateStyle: "medium", timeStyle: "short" }) })}
        {o.region && ` · ${o.region}`}
      </p>
      <section className={box} aria-labelledby="lines-title">
        <h2 id="lines-title" className="mb-2 font-semibold text-slate-800">
          {t("lines")}
        </h2>
        <ul className="divide-y divide-slate-100" data-testid="order-lines">
          {o.lines.map((l) => (
            <li key={l.id} className="flex gap-3 py-3">
              <div className="relative h-16 w-16 shrink-0 overflow-hidden rounded-lg bg-slate-100">{l.imageUrl && <FillImage src={l.imageUrl} alt={l.name} />}</div>
              <div className="min-w-0 flex-1 text-sm">
                <Link href={`/products/${l.productId}`} className="line-clamp-2 text-slate-800 hover:text-brand-700">
                  {l.name}
                </Link>
                <p className="text-xs text-ink-muted">
                  {l.shopName} · {formatYuan(l.unitPrice)} × {l.quantity} {l.gift && <span className="rounded bg-amber-100 px-1.5 text-amber-800">{tp("gift")}</span>}
                </p>
                <dl className="mt-1 space-y-0.5 text-xs tabular-nums">
                  {l.discounts.map((d, k) => (
                    <div key={k} className="flex justify-between gap-2 text-rose-700">
                      <dt className="min-w-0 truncate">{d.name}</dt>
                      <dd className="shrink-0 whitespace-nowrap">−{formatYuan(d.amount)}</dd>
                    </div>
                  ))}
                  {l.refundedQuantity > 0 && (
                    <div className="flex justify-between gap-2 text-emerald-700">
                      <dt>{t("lineRefunded", { count: l.refundedQuantity })}</dt>
                      <dd>{formatYuan(l.refundedAmount)}</dd>
                    </div>
                  )}
                </dl>
              </div>
              <p className="shrink-0 text-right text-sm tabular-nums">
                <span className="font-semibold text-slate-900" data-testid="line-payable">
                  {formatYuan(l.payable)}
                </span>
                {l.payable < l.listAmount && <s className="block text-xs text-ink-muted">{formatYuan(l.listAmount)}</s>}
              </p>
            </li>
          ))}
        </ul>
      </section>
      <section className={box}>
        <div className="text-sm">
          <TotalsList totals={o.totals} totalLabel={t("paidTotal")} testId="order-total">
            {o.totals.refundedAmount > 0 && (
              <>
                <dt className="text-emerald-700">{t("refundedTotal")}</dt>
                <dd className="text-right text-emerald-700" data-testid="order-refunded">
                  {formatYuan(o.totals.refundedAmount)}
                </dd>
              </>
            )}
          </TotalsList>
        </div>
      </section>
      {o.refunds.length > 0 && (
        <section className={box} aria-labelledby="refunds-title">
          <h2 id="refunds-title" className="mb-2 font-semibold text-slate-800">
            {t("refunds")}
          </h2>
          <ul className="space-y-2 text-sm" data-testid="refund-list">
            {o.refunds.map((r) => (
              <li key={r.id} className="rounded-lg bg-slate-50 p-3">
                <p className="flex flex-wrap items-center justify-between gap-2">
                  <span>
                    <span className={`mr-2 rounded-full px-2 py-0.5 text-xs font-medium ${r.status === "APPROVED" ? "bg-emerald-100 text-emerald-800" : r.status === "PENDING" ? "bg-amber-100 text-amber-900" : "bg-slate-200 text-slate-700"}`} data-testid="refund-status">
                      {tr(`status_${r.status}`)}
                    </span>
                    {t("refundOf", { units: r.units, at: format.dateTime(r.createdAt, { dateStyle: "medium", timeStyle: "short" }) })} · {tr(`type_${r.type}`)}
                  </span>
                  <span className="font-semibold tabular-nums text-emerald-700" data-testid="refund-amount">
                    {formatYuan(r.amount)}
                  </span>
                </p>
                {r.reason && <p className="text-xs text-ink-muted">{tr("reason")}：{r.reason}</p>}
                {r.status === "REJECTED" && r.decisionReason && <p className="text-xs text-rose-700">{tr("rejectedBecause", { reason: r.decisionReason })}</p>}
                {r.shippingAmount > 0 && <p className="text-xs text-ink-muted">{t("includesShipping", { amount: formatYuan(r.shippingAmount) })}</p>}
                {r.couponsReturned.length > 0 && <p className="text-xs text-ink-muted">{t("couponsReturned", { list: r.couponsReturned.join("、") })}</p>}
                {r.couponsReclaimed.length > 0 && <p className="text-xs text-ink-muted">{t("couponsReclaimed", { list: r.couponsReclaimed.join("、") })}</p>}
              </li>
            ))}
          </ul>
        </section>
      )}
      <div className="flex flex-wrap justify-end gap-3">
        {o.status === "PENDING_PAYMENT" && (
          <>
            <form action={cancelOrderAction}>
              <input type="hidden" name="orderId" value={o.id} />
              <button className="rounded-full px-5 py-2 text-sm text-slate-600 ring-1 ring-slate-300 hover:bg-slate-100">{t("cancel")}</button>
            </form>
            <Link href={`/orders/${o.id}/pay`} className="rounded-full bg-brand-600 px-5 py-2 text-sm font-medium text-white">
              {t("goPay")}
            </Link>
          </>
        )}
        {refundable && (
          <Link href={`/orders/${o.id}/refund`} className="rounded-full px-5 py-2 text-sm font-medium text-brand-700 ring-1 ring-brand-300 hover:bg-brand-50">
            {t("requestRefund")}
          </Link>
        )}
      </div>
    </div>
  );
}
