import { shopPageMetadata } from "@/lib/seo/shop-metadata";
import { Link } from "@/lib/i18n/navigation";
import { shopRedirect } from "@/lib/i18n/shop-redirect";
import { getLocale, getTranslations } from "next-intl/server";
import { requireShopperId } from "@/lib/auth/session-actor";
import { checkedLines, readCart } from "@/lib/cart/cart-cookie";
import { checkoutView } from "@/lib/checkout/checkout-view";
import { REGIONS } from "@/lib/checkout/regions";
import { placeOrderAction } from "@/lib/orders/shopper-order-actions";
import { formatYuan } from "@/lib/pricing/money";
import { PriceBreakdown } from "@/components/shop/price-breakdown";
import { Notice } from "@/components/ui/notice";
import { SubmitButtonClient } from "@/components/ui/submit-button-client";

type Search = { region?: string; coupon?: string | string[]; manual?: string; error?: string };

export const generateMetadata = () => shopPageMetadata("checkoutTitle", "/checkout");

export default async function CheckoutPage({ searchParams }: { searchParams: Promise<Search> }) {
  const shopperId = await requireShopperId("/checkout");
  const sp = await searchParams;
  const cart = checkedLines(await readCart());
  if (!cart.length) await shopRedirect("/cart");
  const locale = (await getLocale()) as "zh" | "en";
  const t = await getTranslations("checkout");
  const tp = await getTranslations("price");
  const chosen = sp.manual ? [sp.coupon ?? []].flat().filter(Boolean) : undefined;
  const view = await checkoutView(shopperId, cart, { region: sp.region || undefined, couponIds: chosen, locale });
  const { result } = view;
  const selected = new Set(result.coupons.selected);
  const refused = result.notApplied.filter((n) => n.kind === "COUPON");
  const box = "rounded-2xl bg-white p-4 shadow-sm ring-1 ring-slate-200";
  return (
    <div className="grid gap-4 lg:grid-cols-[1fr_340px]">
      <div className="space-y-4">
        <h1 className="text-lg font-semibold text-slate-900">{t("title")}</h1>
        {sp.error && (
          <Notice tone="error">
            {t.has(`error.${sp.error}`) ? t(`error.${sp.error}`) : t("error.other", { code: sp.error })}
          </Notice>
        )}
        <form method="get" className={`${box} flex flex-wrap items-end gap-3`}>
          <label className="flex-1 text-sm">
            <span className="mb-1 block font-medium text-slate-700">{t("region")}</span>
            <select name="region" defaultValue={view.region ?? ""} className="w-full rounded-lg border-0 px-3 py-2 ring-1 ring-slate-300 focus:ring-2 focus:ring-brand-500 text-sm">
              <option value="">{t("chooseRegion")}</option>
              {REGIONS.map(([zh, en]) => (
                <option key={zh} value={zh}>
                  {locale === "en" ? en : zh}
                </option>
              ))}
            </select>
          </label>
          {chosen && <input type="hidden" name="manual" value="1" />}
          {chosen?.map((c) => <input key={c} type="hidden" name="coupon" value={c} />)}
          <button className="rounded-full px-4 py-2 text-sm font-medium text-brand-700 ring-1 ring-brand-200 hover:bg-brand-50">{t("update")}</button>
        </form>

        <form method="get" className={box} aria-labelledby="coupons-title">
          <div className="mb-2 flex items-center justify-between">
            <h2 id="coupons-title" className="font-semibold text-slate-800">
              {t("coupons")}
            </h2>
            {view.auto ? (
              <span className="text-xs text-emerald-700" data-testid="auto-selected">
                {t("autoBest")}
              </span>
            ) : (
              <Link href={`/checkout${view.region ? `?region=${encodeURIComponent(view.region)}` : ""}`} className="text-sm text-brand-700 underline">
                {t("useBest")}
              </Link>
            )}
          </div>
          <input type="hidden" name="manual" value="1" />
          {view.region && <input type="hidden" name="region" value={view.region} />}
          {view.usable.length + view.unusable.length === 0 && <p className="text-sm text-ink-muted">{t("noCoupons")}</p>}
          <ul className="space-y-2" data-testid="coupon-options">
            {view.usable.map((c) => (
              <li key={c.id}>
                <label className="flex cursor-pointer items-center gap-3 rounded-xl p-2 ring-1 ring-slate-200 has-[:checked]:bg-brand-50 has-[:checked]:ring-brand-300">
                  <input type="checkbox" name="coupon" value={c.id} defaultChecked={selected.has(c.id)} className="rounded text-brand-700" />
                  <span className="flex-1 text-sm text-slate-800">{view.names[c.id] ?? tp("unnamed")}</span>
                  <span className="text-sm tabular-nums text-rose-700">{t("saves", { amount: formatYuan(c.saving) })}</span>
                </label>
              </li>
            ))}
            {view.unusable.map((c) => (
              <li key={c.id}>
                <label className="flex items-center gap-3 rounded-xl p-2 text-ink-muted ring-1 ring-slate-100" data-testid="coupon-unusable">
                  <input type="checkbox" name="coupon" value={c.id} disabled className="rounded" />
                  <span className="flex-1 text-sm">{view.names[c.id] ?? tp("unnamed")}</span>
                  <span className="rounded bg-slate-100 px-1.5 text-xs">{tp(`reason.${c.reason}`)}</span>
                </label>
              </li>
            ))}
          </ul>
          {view.usable.length > 0 && <button className="mt-3 rounded-full px-4 py-2 text-sm font-medium text-brand-700 ring-1 ring-brand-200 hover:bg-brand-50">{t("applyCoupons")}</button>}
          {refused.length > 0 && (
            <p role="alert" className="mt-2 text-sm text-rose-700">
              {t("refused", { list: refused.map((r) => `${view.names[r.id] ?? tp("unnamed")}（${tp(`reason.${r.reason}`)}）`).join("、") })}
            </p>
          )}
        </form>

        <section className={box} aria-labelledby="breakdown-title">
          <h2 id="breakdown-title" className="mb-2 font-semibold text-slate-800">
            {t("breakdown")}
          </h2>
          <PriceBreakdown result={result} names={view.names} />
        </section>
      </div>
      <aside className={`${box} h-fit space-y-3 lg:sticky lg:top-20`}>
        <p className="flex items-baseline justify-between">
          <span className="text-slate-600">{tp("total")}</span>
          <span className="text-2xl font-semibold tabular-nums text-brand-700" data-testid="checkout-total">
            {formatYuan(result.total)}
          </span>
        </p>
        <p className="text-xs text-ink-muted">{t("saved", { amount: formatYuan(result.itemDiscount + result.orderDiscount + result.couponDiscount + result.shippingDiscount) })}</p>
        <form action={placeOrderAction}>
          <input type="hidden" name="idempotencyKey" value={view.idempotencyKey} />
          <input type="hidden" name="couponIds" value={result.coupons.selected.join(",")} />
          <input type="hidden" name="region" value={view.region ?? ""} />
          <input type="hidden" name="expectedTotal" value={result.total} />
          <SubmitButtonClient disabled={refused.length > 0} pendingLabel={t("placing")} className="min-h-11 w-full rounded-full bg-brand-600 py-3 font-medium text-white hover:bg-brand-700 disabled:bg-slate-300 disabled:text-slate-700">
            {sp.error === "PRICE_CHANGED" ? t("confirmNewPrice") : t("placeOrder")}
          </SubmitButtonClient>
        </form>
        <Link href="/cart" className="block text-center text-sm text-ink-muted underline">
          {t("backToCart")}
        </Link>
      </aside>
    </div>
  );
}
