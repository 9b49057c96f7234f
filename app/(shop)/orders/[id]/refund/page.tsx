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
import { SubmitButtonClient } from "@/components/ui/submit-button-client";
import { errorText } from "@/lib/i18n/error-text";

/**
 * 申请退款: choose lines, quantities and the refund type (a plain GET form), see the exact amount
 * with every deduction line by line, the gifts to send back, the coupons and points — quoted by the
 * same function the shop's approval prices with — then give a reason and submit.
 */
export async function generateMetadata({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return shopPageMetadata("refundTitle", `/orders/${id}/refund`);
}

const REASONS = ["changedMind", "wrongItem", "quality", "notAsDescribed", "late", "other"] as const;
const TYPES = ["REFUND_ONLY", "RETURN_AND_REFUND"] as const;

export default async function RefundPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | undefined>> }) {
  const [{ id }, sp] = await Promise.all([params, searchParams]);
  const shopperId = await requireShopperId(`/orders/${id}/refund`);
  const locale = (await getLocale()) as "zh" | "en";
  const o = await getShopperOrderView(shopperId, id, locale).catch(() => null);
  if (!o) notFound();
  const [t, te] = await Promise.all([getTranslations("refund"), getTranslations("errors")]);
  const type = TYPES.find((x) => x === sp.type) ?? "REFUND_ONLY";
  const lines = o.lines.filter((l) => !l.gift);
  const nameOf = (skuId: string) => o.lines.find((l) => l.skuId === skuId)?.name ?? "";
  const chosen = lines.map((l) => ({ skuId: l.skuId, quantity: Math.max(0, Math.min(l.quantity - l.refundedQuantity, Number.parseInt(sp[`q_${l.skuId}`] ?? "0", 10) || 0)) })).filter((l) => l.quantity > 0);
  let quote: RefundQuote | null = null;
  let quoteError: string | null = null;
  if (chosen.length) {
    try {
      quote = await quoteRefund(shopperId, id, { lines: chosen, type });
    } catch (e) {
      quoteError = errorText(te, toAppError(e).code);
    }
  }
  const box = "rounded-2xl bg-white p-4 shadow-sm ring-1 ring-slate-200";
  const field = "w-full rounded-lg border-0 px-3 py-2 ring-1 ring-slate-300 focus:ring-2 focus:ring-brand-500 text-sm";
  return (
    <div className="mx-auto max-w-2xl space-y-4">
      <h1 className="text-lg font-semibold text-slate-900">{t("title")}</h1>
      {sp.error && <Notice tone="error">{t("error", { message: errorText(te, sp.error) })}</Notice>}
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
                <input id={`q_${l.skuId}`} name={`q_${l.skuId}`} type="number" min={0} max={left} defaultValue={chosen.find((c) => c.skuId === l.skuId)?.quantity ?? 0} disabled={left === 0} className="w-20 rounded-lg border-0 px-3 py-2 text-right text-sm ring-1 ring-slate-300 focus:ring-2 focus:ring-brand-500" aria-label={t("quantityFor", { name: l.name })} />
              </li>
            );
          })}
        </ul>
        <fieldset className="mt-3">
          <legend className="mb-2 text-sm font-medium text-slate-700">{t("type")}</legend>
          <div className="grid gap-2 sm:grid-cols-2">
            {TYPES.map((x) => (
              <label key={x} className="flex min-h-11 cursor-pointer items-start gap-2 rounded-lg p-3 text-sm ring-1 ring-slate-200 has-[:checked]:bg-brand-50 has-[:checked]:ring-brand-400">
                <input type="radio" name="type" value={x} defaultChecked={x === type} className="mt-0.5" />
                <span>
                  <span className="block font-medium text-slate-800">{t(`type_${x}`)}</span>
                  <span className="block text-xs text-ink-muted">{t(`typeHelp_${x}`)}</span>
                </span>
              </label>
            ))}
          </div>
        </fieldset>
        <button className="mt-3 min-h-11 rounded-full px-4 py-2 text-sm font-medium text-brand-700 ring-1 ring-brand-200 hover:bg-brand-50">{t("calculate")}</button>
      </form>
      {quoteError && <Notice tone="error">{quoteError}</Notice>}
      {quote && (
        <section className={box} aria-labelledby="quote-title" data-testid="refund-quote">
          <h2 id="quote-title" className="font-semibold text-slate-800">
            {t("quoteTitle")}
          </h2>
          <p className="mt-2 text-3xl font-semibold tabular-nums text-emerald-700" data-testid="refund-quote-amount">
            {formatYuan(quote.amount)}
          </p>
          <p className="mt-1 text-sm text-ink-muted" data-testid="refund-approval">
            {quote.approvedAtOnce ? t("approvedAtOnce") : t("needsApproval")}
          </p>
          <ul className="mt-3 space-y-1 text-sm text-slate-600">
            {quote.lines.map((l) => (
              <li key={l.skuId}>{t("lineAmount", { name: nameOf(l.skuId), count: l.quantity, amount: formatYuan(l.amount) })}</li>
            ))}
            {quote.shippingAmount > 0 && <li>{t("withShipping", { amount: formatYuan(quote.shippingAmount) })}</li>}
          </ul>
          {quote.deductions.length > 0 && (
            <div className="mt-3 rounded-lg bg-amber-50 p-3 text-sm text-amber-900" data-testid="refund-deductions">
              <p className="font-medium">{t("deductionsTitle")}</p>
              <ul className="mt-1 space-y-1">
                {quote.deductions.map((d) => (
                  <li key={`${d.kind}:${d.id}:${d.type}`}>
                    {d.amount < 0 ? t("giveBack", { name: d.name, amount: formatYuan(-d.amount) }) : t(`deduct_${d.type === "EARNED_COUPON" ? "EARNED_COUPON" : d.kind}`, { name: d.name, amount: formatYuan(d.amount) })}
                  </li>
                ))}
              </ul>
            </div>
          )}
          <ul className="mt-3 space-y-1 text-sm text-slate-600">
            {quote.giftsReturned.length > 0 && <li data-testid="refund-gifts">{t("giftsBack", { list: quote.giftsReturned.map((g) => `${nameOf(g.skuId)} × ${g.quantity}`).join("、") })}</li>}
            <li data-testid="refund-quote-coupons">{quote.couponsReturned.length ? t("couponsBack", { list: quote.couponsReturned.map((c) => o.couponNames[c] ?? "").filter(Boolean).join("、") }) : t("noCouponsBack")}</li>
            {quote.couponsReclaimed.length > 0 && <li>{t("couponsTaken", { count: quote.couponsReclaimed.length })}</li>}
            {(quote.pointsReversed > 0 || quote.growthReversed > 0) && <li data-testid="refund-points">{t("pointsBack", { points: quote.pointsReversed, growth: quote.growthReversed })}</li>}
          </ul>
          <form action={refundAction} className="mt-4 space-y-3">
            <input type="hidden" name="orderId" value={o.id} />
            <input type="hidden" name="lines" value={JSON.stringify(chosen)} />
            <input type="hidden" name="type" value={type} />
            <input type="hidden" name="idempotencyKey" value={randomUUID()} />
            <label className="block text-sm">
              <span className="mb-1 block text-slate-700">{t("reason")}</span>
              <select name="reason" required defaultValue="" className={field}>
                <option value="" disabled>
                  —
                </option>
                {REASONS.map((r) => (
                  <option key={r} value={t(`reasons.${r}`)}>
                    {t(`reasons.${r}`)}
                  </option>
                ))}
              </select>
            </label>
            <label className="block text-sm">
              <span className="mb-1 block text-slate-700">{t("reasonDetail")}</span>
              <textarea name="detail" maxLength={400} rows={2} className={field} />
            </label>
            <SubmitButtonClient className="min-h-11 w-full rounded-full bg-brand-600 py-3 font-medium text-white hover:bg-brand-700 disabled:opacity-60" pendingLabel={t("confirm", { amount: formatYuan(quote.amount) })}>
              {t("confirm", { amount: formatYuan(quote.amount) })}
            </SubmitButtonClient>
          </form>
        </section>
      )}
      <Link href={`/orders/${o.id}`} className="block text-center text-sm text-ink-muted underline">
        {t("back")}
      </Link>
    </div>
  );
}
