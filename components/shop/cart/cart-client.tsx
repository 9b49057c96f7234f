"use client";
import { useState, useTransition } from "react";
import { useTranslations } from "next-intl";
import { formatYuan } from "@/lib/pricing/money";
import { emptyResult, type PriceResult } from "@/lib/pricing/price-result";
import { checkedLines, type CartLine } from "@/lib/cart/cart-line";
import type { SkuMeta } from "@/lib/cart/cart-view";
import { groupCart } from "@/lib/cart/group-cart";
import { cartLineFormAction, removeCartLines, setCartQuantity, tickCartLines } from "@/lib/cart/cart-actions";
import { CartBar, Tick } from "./cart-bar";
import { hintText } from "../hint-text";
import { CartLineRow } from "./cart-line-row";

type Props = { initialLines: CartLine[]; initialResult: PriceResult; covering: Record<string, string[]>; meta: Record<string, SkuMeta>; names: Record<string, string>; shopNames: Record<string, string> };

/**
 * The cart: lines by shop and shared promotion, each with a tick (only ticked lines are priced and
 * go to checkout), a quantity stepper and 删除; 凑单 hints, gifts, each shop's shipping (包邮 when
 * nothing is left to pay) and the sticky 结算 bar with the saving by name. Changes are saved in the
 * cart cookie and re-priced live through POST /api/checkout/price. Before scripts load every
 * control is a plain form that posts to the server (the page re-renders with the new price).
 */
export function CartClient({ initialLines, initialResult, covering, meta, names, shopNames }: Props) {
  const t = useTranslations("cart");
  const tp = useTranslations("price");
  const [lines, setLines] = useState(initialLines);
  const [result, setResult] = useState(initialResult);
  const [error, setError] = useState<string | null>(null);
  const [pending, start] = useTransition();

  function commit(next: CartLine[], persist: () => Promise<unknown>) {
    setLines(next);
    start(async () => {
      await persist();
      if (!next.length) return window.location.reload();
      const ticked = checkedLines(next);
      if (!ticked.length) return setResult(emptyResult());
      const res = await fetch("/api/checkout/price", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ lines: ticked, autoSelectCoupons: true }) });
      const body = await res.json();
      if (!res.ok) return setError(body?.error?.message ?? String(res.status));
      setError(null);
      setResult(body as PriceResult);
    });
  }
  const change = (skuId: string, quantity: number) => commit(lines.map((l) => (l.skuId === skuId ? { ...l, quantity } : l)).filter((l) => l.quantity > 0), () => setCartQuantity(skuId, quantity));
  const tick = (skuIds: string[] | null, on: boolean) => commit(lines.map((l) => (skuIds === null || skuIds.includes(l.skuId) ? { ...l, off: !on } : l)), () => tickCartLines(skuIds, on));
  const remove = (skuId: string) => commit(lines.filter((l) => l.skuId !== skuId), () => removeCartLines([skuId]));

  const grouped = groupCart(result, covering);
  const shopOrder = [...new Set(lines.map((l) => meta[l.skuId]?.shopId).filter((s): s is string => !!s))];
  const platformHints = result.hints.filter((h) => !grouped.some((s) => s.hints.includes(h) || s.groups.some((g) => g.promotionId === h.promotionId)));
  const hint = (h: PriceResult["hints"][number]) => hintText(h, names[h.promotionId] ?? "", tp);
  const lineOf = (skuId: string) => lines.find((l) => l.skuId === skuId);
  // while a change is being re-priced, a line just unticked or removed leaves the priced groups at once
  const stillTicked = (l: PriceResult["lines"][number]) => {
    const line = lineOf(l.skuId);
    return l.gift || (line !== undefined && !line.off);
  };
  const row = (skuId: string, extra: { payable?: number; listAmount?: number; gift?: boolean; quantity: number }) => (
    <CartLineRow key={`${skuId}-${extra.gift ?? false}`} skuId={skuId} meta={meta[skuId]} ticked={!lineOf(skuId)?.off} quantity={extra.gift ? extra.quantity : (lineOf(skuId)?.quantity ?? 0)} payable={extra.payable} listAmount={extra.listAmount} gift={extra.gift} onTick={(on) => tick([skuId], on)} onChange={change} onRemove={() => remove(skuId)} formAction={cartLineFormAction} />
  );
  const totalDiscount = result.itemDiscount + result.orderDiscount + result.couponDiscount + result.shippingDiscount;
  const tickedCount = checkedLines(lines).reduce((a, l) => a + l.quantity, 0);

  return (
    <div aria-busy={pending}>
      <div className="grid gap-4 lg:grid-cols-[1fr_320px]">
        <div className="min-w-0 space-y-4">
          {shopOrder.map((shopId) => {
            const shop = grouped.find((s) => s.shopId === shopId);
            const off = lines.filter((l) => l.off && meta[l.skuId]?.shopId === shopId);
            const own = lines.filter((l) => meta[l.skuId]?.shopId === shopId);
            const allOn = own.every((l) => !l.off);
            const ship = result.shipping.find((s) => s.shopId === shopId);
            return (
              <section key={shopId} className="overflow-hidden rounded-2xl bg-white shadow-sm ring-1 ring-slate-200" aria-label={shopNames[shopId]}>
                <div className="flex items-center justify-between gap-2 border-b border-slate-100 px-3 py-1 sm:px-4">
                  <form action={cartLineFormAction} onSubmit={(e) => { e.preventDefault(); tick(own.map((l) => l.skuId), !allOn); }}>
                    <input type="hidden" name="skuIds" value={own.map((l) => l.skuId).join(",")} />
                    <input type="hidden" name="checked" value={allOn ? "0" : "1"} />
                    <button role="checkbox" aria-checked={allOn} aria-label={t("tickShop", { shop: shopNames[shopId] ?? "" })} className="flex min-h-11 items-center gap-2">
                      <Tick on={allOn} />
                      <h2 className="font-semibold text-slate-800">{shopNames[shopId]}</h2>
                    </button>
                  </form>
                  {ship && (ship.fee - ship.discount === 0 ? (
                    <span className="rounded bg-emerald-50 px-2 py-0.5 text-xs font-medium text-emerald-800 ring-1 ring-emerald-200" data-testid="shop-shipping">{t("freeShipping")}</span>
                  ) : (
                    <span className="text-xs text-ink-muted" data-testid="shop-shipping">{t("shippingFee", { amount: formatYuan(ship.fee - ship.discount) })}</span>
                  ))}
                </div>
                {shop?.groups.map((g) => (
                  <div key={g.promotionId ?? "none"} className="border-b border-slate-100 last:border-0" data-testid="cart-group">
                    {g.promotionId && (
                      <div className="flex flex-wrap items-center justify-between gap-2 bg-rose-50/60 px-4 py-2 text-sm">
                        <span className="font-medium text-rose-700">{names[g.promotionId]}</span>
                        {g.hint ? (
                          <span className="text-amber-700" data-testid="cart-hint">{hint(g.hint)}</span>
                        ) : g.saved > 0 ? (
                          <span className="text-emerald-700" data-testid="cart-saved">{t("saved", { amount: formatYuan(g.saved) })}</span>
                        ) : null}
                      </div>
                    )}
                    <ul className="divide-y divide-slate-100">{g.lines.filter(stillTicked).map((l) => row(l.skuId, l))}</ul>
                  </div>
                ))}
                {shop?.hints.map((h) => (
                  <p key={h.promotionId} className="border-t border-slate-100 bg-amber-50/60 px-4 py-2 text-sm text-amber-800" data-testid="cart-hint">
                    {hint(h)}
                  </p>
                ))}
                {off.length > 0 && <ul className="divide-y divide-slate-100 border-t border-slate-100">{off.map((l) => row(l.skuId, { quantity: l.quantity }))}</ul>}
              </section>
            );
          })}
        </div>
        <aside className="h-fit space-y-3 rounded-2xl bg-white p-4 shadow-sm ring-1 ring-slate-200 lg:sticky lg:top-20">
          {platformHints.map((h) => (
            <p key={h.promotionId} className="rounded-lg bg-amber-50 px-3 py-2 text-sm text-amber-800" data-testid="cart-hint">
              {hint(h)}
            </p>
          ))}
          <dl className="grid grid-cols-2 gap-y-1 text-sm tabular-nums">
            <dt className="text-ink-muted">{tp("subtotal")}</dt>
            <dd className="text-right">{formatYuan(result.subtotal)}</dd>
            <dt className="text-ink-muted">{t("discounts")}</dt>
            <dd className="text-right text-rose-700" data-testid="cart-discount">−{formatYuan(totalDiscount)}</dd>
            <dt className="text-ink-muted">{tp("shippingFee")}</dt>
            <dd className="text-right" data-testid="cart-shipping">{result.lines.length > 0 && result.shippingFee - result.shippingDiscount === 0 ? t("freeShipping") : formatYuan(result.shippingFee - result.shippingDiscount)}</dd>
            <dt className="font-semibold text-slate-900">{tp("total")}</dt>
            <dd className="text-right text-lg font-semibold text-brand-700" data-testid="cart-total">{formatYuan(result.total)}</dd>
          </dl>
          {result.couponDiscount > 0 && <p className="text-xs text-ink-muted">{t("couponIncluded")}</p>}
          {error && (
            <p role="alert" className="text-sm text-rose-700">
              {error}
            </p>
          )}
        </aside>
      </div>
      <CartBar result={result} ticked={tickedCount} allTicked={lines.every((l) => !l.off)} onTickAll={(on) => tick(null, on)} tickAllForm={cartLineFormAction} pending={pending} labels={{ all: t("tickAll"), total: t("barTotal"), saved: t("barSaved", { amount: "{amount}" }), checkout: t("checkout"), nothingTicked: t("nothingTicked"), shopFreeShipping: tp("shopFreeShipping", { shop: "{shop}" }) }} />
    </div>
  );
}
