import { shopPageMetadata } from "@/lib/seo/shop-metadata";
import { randomUUID } from "node:crypto";
import { Link } from "@/lib/i18n/navigation";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { requireShopperId } from "@/lib/auth/session-actor";
import { toAppError } from "@/lib/api/errors";
import { getShopperOrderView } from "@/lib/orders/shopper-orders";
import { quoteRefund, type RefundQuote } from "@/lib/orders/refund-order";
import { refundAction } from "@/lib/orders/shopper-order-actions";
import { formatYuan } from "@/lib/pricing/money";
import { Notice } from "@/components/ui/notice";

/**
 * 申请退款: choose lines and quantities (a plain GET form), see the exact amount and the coupons
 * that come back — quoted by the refund transaction itself, rolled back — then confirm.
 */
export async function generateMetadata({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return shopPageMetadata("refundTitle", `/orders/${id}/refund`);
}

export default async function RefundPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | undefined>> }) {
  const [{ id }, sp] = await Promise.all([params, searchParams]);
  const shopperId = await requireShopperId(`/orders/${id}/refund`);
  const o = await getShopperOrderView(shopperId, id, (await getLocale()) as "zh" | "en").catch(() => null);
  if (!o) notFound();
  const t = await getTranslations("refund");
  const lines = o.lines.filter((l) => !l.gift);
  const chosen = lines.map((l) => ({ skuId: l.skuId, quantity: Math.max(0, Math.min(l.quantity - l.refundedQuantity, Number.parseInt(sp[`q_${l.skuId}`] ?? "0", 10) || 0)) })).filter((l) => l.quantity > 0);
  let quote: RefundQuote | null = null;
  let quoteError: string | null = null;
  if (chosen.length) {
    try {
      quote = await quoteRefund(shopperId, id, { lines: chosen });
    } catch (e) {
      quoteError = toAppError(e).message;
    }
  }
  const box = "rounded-2xl bg-white p-4 shadow-sm ring-1 ring-slate-200";
  return (
    <div className="mx-auto max-w-2xl space-y-4">
      <h1 className="text-lg font-semibold text-slate-900">{t("title")}</h1>
      {sp.error && (
        <Notice tone="error">
          {t("error", { code: sp.error })}
        </Notice>
      )}
      <form method="get" className={box}>
        <ul className="divide-y divide-slate-100">
          {lines.map((l) => {
            const left = l.quantity - l.refundedQuantity;
            return (
              <li key={l.id} className="flex items-center justify-between gap-3 py-3 text-sm">
                <label htmlFor={`q_${l.skuId}`} className="min-w-0 flex-1">
                  <span className="line-clamp-2 text-slate-800">{l.name}</span>
                  <span className="text-xs text-ink-muted">{t("refundable", { count: left, paid: formatYuan(l.payable) })}</span>
                </label>
                <input id={`q_${l.skuId}`} name={`q_${l.skuId}`} type="number" min={0} max={left} defaultValue={chosen.find((c) => c.skuId === l.skuId)?.quantity ?? 0} disabled={left === 0} className="w-20 rounded-lg border-0 px-3 py-2 ring-1 ring-slate-300 focus:ring-2 focus:ring-brand-500 text-right text-sm" aria-label={t("quantityFor", { name: l.name })} />
              </li>
            );
          })}
        </ul>
        <button className="mt-3 rounded-full px-4 py-2 text-sm font-medium text-brand-700 ring-1 ring-brand-200 hover:bg-brand-50">{t("calculate")}</button>
      </form>
      {quoteError && (
        <Notice tone="error">
          {quoteError}
        </Notice>
      )}
      {quote && (
        <section className={box} aria-labelledby="quote-title" data-testid="refund-quote">
          <h2 id="quote-title" className="font-semibold text-slate-800">
            {t("quoteTitle")}
          </h2>
          <p className="mt-2 text-3xl font-semibold tabular-nums text-emerald-700" data-testid="refund-quote-amount">
            {formatYuan(quote.amount)}
          </p>
          <ul className="mt-2 space-y-1 text-sm text-slate-600">
            {quote.shippingAmount > 0 && <li>{t("withShipping", { amount: formatYuan(quote.shippingAmount) })}</li>}
            {quote.deductedAmount > 0 && <li>{t("deducted", { amount: formatYuan(quote.deductedAmount) })}</li>}
            <li data-testid="refund-quote-coupons">{quote.couponsReturned.length ? t("couponsBack", { list: quote.couponsReturned.map((c) => o.couponNames[c] ?? c).join("、") }) : t("noCouponsBack")}</li>
            {quote.couponsReclaimed.length > 0 && <li>{t("couponsTaken", { count: quote.couponsReclaimed.length })}</li>}
          </ul>
          <form action={refundAction} className="mt-4 space-y-3">
            <input type="hidden" name="orderId" value={o.id} />
            <input type="hidden" name="lines" value={JSON.stringify(chosen)} />
            <input type="hidden" name="idempotencyKey" value={randomUUID()} />
            <label className="block text-sm">
              <span className="mb-1 block text-slate-700">{t("reason")}</span>
              <input name="reason" maxLength={500} className="w-full rounded-lg border-0 px-3 py-2 ring-1 ring-slate-300 focus:ring-2 focus:ring-brand-500 text-sm" />
            </label>
            <button className="w-full rounded-full bg-brand-600 py-3 font-medium text-white hover:bg-brand-700">{t("confirm", { amount: formatYuan(quote.amount) })}</button>
          </form>
        </section>
      )}
      <Link href={`/orders/${o.id}`} className="block text-center text-sm text-ink-muted underline">
        {t("back")}
      </Link>
    </div>
  );
}
