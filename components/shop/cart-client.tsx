"use client";
import Image from "next/image";
import { Link } from "@/lib/i18n/navigation";
import { useState, useTransition } from "react";
import { useTranslations } from "next-intl";
import { formatYuan } from "@/lib/pricing/money";
import type { PriceResult } from "@/lib/pricing/price-result";
import type { CartLine } from "@/lib/cart/cart-cookie";
import type { SkuMeta } from "@/lib/cart/cart-view";
import { groupCart } from "@/lib/cart/group-cart";
import { changeCartLineAction, setCartQuantity } from "@/lib/cart/cart-actions";

type Props = { initialLines: CartLine[]; initialResult: PriceResult; covering: Record<string, string[]>; meta: Record<string, SkuMeta>; names: Record<string, string>; shopNames: Record<string, string> };

/**
 * The cart: lines by shop and shared promotion, 凑单 hints, gifts. A quantity change is saved in
 * the cart cookie and re-priced live through POST /api/checkout/price. Before scripts load the
 * +/− buttons are plain forms that post to the server (the page re-renders with the new price).
 */
export function CartClient({ initialLines, initialResult, covering, meta, names, shopNames }: Props) {
  const t = useTranslations("cart");
  const tp = useTranslations("price");
  const [lines, setLines] = useState(initialLines);
  const [result, setResult] = useState(initialResult);
  const [error, setError] = useState<string | null>(null);
  const [pending, start] = useTransition();
  const qty = (skuId: string) => lines.find((l) => l.skuId === skuId)?.quantity ?? 0;

  function change(skuId: string, quantity: number) {
    const next = lines.map((l) => (l.skuId === skuId ? { ...l, quantity } : l)).filter((l) => l.quantity > 0);
    setLines(next);
    start(async () => {
      await setCartQuantity(skuId, quantity);
      if (!next.length) return window.location.reload();
      const res = await fetch("/api/checkout/price", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ lines: next, autoSelectCoupons: true }) });
      const body = await res.json();
      if (!res.ok) return setError(body?.error?.message ?? String(res.status));
      setError(null);
      setResult(body as PriceResult);
    });
  }

  const shops = groupCart(result, covering);
  const platformHints = result.hints.filter((h) => !shops.some((s) => s.hints.includes(h) || s.groups.some((g) => g.promotionId === h.promotionId)));
  const hintText = (h: PriceResult["hints"][number]) =>
    h.basis === "AMOUNT" ? tp("hintAmount", { shortfall: formatYuan(h.shortfall), off: formatYuan(h.amountOff), name: names[h.promotionId] ?? "" }) : tp("hintQuantity", { shortfall: h.shortfall, name: names[h.promotionId] ?? "" });

  return (
    <div className="grid gap-4 lg:grid-cols-[1fr_320px]" aria-busy={pending}>
      <div className="min-w-0 space-y-4">
        {shops.map((shop) => (
          <section key={shop.shopId} className="overflow-hidden rounded-2xl bg-white shadow-sm ring-1 ring-slate-200" aria-label={shopNames[shop.shopId]}>
            <h2 className="border-b border-slate-100 px-4 py-2.5 font-semibold text-slate-800">{shopNames[shop.shopId]}</h2>
            {shop.groups.map((g) => (
              <div key={g.promotionId ?? "none"} className="border-b border-slate-100 last:border-0" data-testid="cart-group">
                {g.promotionId && (
                  <div className="flex flex-wrap items-center justify-between gap-2 bg-rose-50/60 px-4 py-2 text-sm">
                    <span className="font-medium text-rose-700">{names[g.promotionId]}</span>
                    {g.hint ? (
                      <span className="text-amber-700" data-testid="cart-hint">
                        {hintText(g.hint)}
                      </span>
                    ) : g.saved > 0 ? (
                      <span className="text-emerald-700" data-testid="cart-saved">
                        {t("saved", { amount: formatYuan(g.saved) })}
                      </span>
                    ) : null}
                  </div>
                )}
                <ul className="divide-y divide-slate-100">
                  {g.lines.map((l) => {
                    const m = meta[l.skuId];
                    return (
                      <li key={`${l.skuId}-${l.gift}`} className="flex gap-3 px-3 py-3 sm:px-4" data-testid="cart-line">
                        <div className="relative h-16 w-16 shrink-0 overflow-hidden rounded-lg bg-slate-100">{m?.imageUrl && <Image src={m.imageUrl} alt={m.name} fill sizes="64px" unoptimized className="object-cover" />}</div>
                        <div className="min-w-0 flex-1">
                          <Link href={`/products/${m?.productId ?? ""}`} className="line-clamp-2 text-sm text-slate-800 hover:text-brand-700">
                            {m?.name ?? l.skuId}
                          </Link>
                          {l.gift ? (
                            <p className="mt-1 text-xs">
                              <span className="rounded bg-amber-100 px-1.5 py-0.5 text-amber-800">{tp("gift")}</span> × {l.quantity}
                            </p>
                          ) : (
                            <div className="mt-1 flex flex-wrap items-center justify-between gap-2">
                              <p className="tabular-nums text-sm">
                                <span className="font-semibold text-slate-900">{formatYuan(l.payable)}</span>
                                {l.payable < l.listAmount && <s className="ml-1 text-xs text-ink-muted">{formatYuan(l.listAmount)}</s>}
                              </p>
                              <Stepper skuId={l.skuId} quantity={qty(l.skuId)} max={m?.stock ?? 999} onChange={change} label={m?.name ?? l.skuId} t={t} />
                            </div>
                          )}
                        </div>
                      </li>
                    );
                  })}
                </ul>
              </div>
            ))}
            {shop.hints.map((h) => (
              <p key={h.promotionId} className="border-t border-slate-100 bg-amber-50/60 px-4 py-2 text-sm text-amber-800" data-testid="cart-hint">
                {hintText(h)}
              </p>
            ))}
          </section>
        ))}
      </div>
      <aside className="h-fit space-y-3 rounded-2xl bg-white p-4 shadow-sm ring-1 ring-slate-200 lg:sticky lg:top-20">
        {platformHints.map((h) => (
          <p key={h.promotionId} className="rounded-lg bg-amber-50 px-3 py-2 text-sm text-amber-800" data-testid="cart-hint">
            {hintText(h)}
          </p>
        ))}
        <dl className="grid grid-cols-2 gap-y-1 text-sm tabular-nums">
          <dt className="text-ink-muted">{tp("subtotal")}</dt>
          <dd className="text-right">{formatYuan(result.subtotal)}</dd>
          <dt className="text-ink-muted">{t("discounts")}</dt>
          <dd className="text-right text-rose-700" data-testid="cart-discount">
            −{formatYuan(result.itemDiscount + result.orderDiscount + result.couponDiscount + result.shippingDiscount)}
          </dd>
          <dt className="text-ink-muted">{tp("shippingFee")}</dt>
          <dd className="text-right">{formatYuan(result.shippingFee)}</dd>
          <dt className="font-semibold text-slate-900">{tp("total")}</dt>
          <dd className="text-right text-lg font-semibold text-brand-700" data-testid="cart-total">
            {formatYuan(result.total)}
          </dd>
        </dl>
        {result.couponDiscount > 0 && <p className="text-xs text-ink-muted">{t("couponIncluded")}</p>}
        {error && (
          <p role="alert" className="text-sm text-rose-700">
            {error}
          </p>
        )}
        <Link href="/checkout" className="block rounded-full bg-brand-600 py-2.5 text-center font-medium text-white hover:bg-brand-700" aria-disabled={pending}>
          {t("checkout")}
        </Link>
      </aside>
    </div>
  );
}

function Stepper({ skuId, quantity, max, onChange, label, t }: { skuId: string; quantity: number; max: number; onChange: (skuId: string, q: number) => void; label: string; t: (k: string, v?: Record<string, string>) => string }) {
  const button = (q: number, text: string, aria: string, disabled: boolean) => (
    <form
      action={changeCartLineAction}
      onSubmit={(e) => {
        e.preventDefault();
        onChange(skuId, q);
      }}
    >
      <input type="hidden" name="skuId" value={skuId} />
      <input type="hidden" name="quantity" value={q} />
      <button disabled={disabled} aria-label={aria} className="flex h-11 w-11 items-center justify-center rounded-full text-lg text-slate-700 ring-1 ring-slate-300 hover:bg-slate-100 disabled:opacity-40">
        {text}
      </button>
    </form>
  );
  return (
    <div className="flex items-center gap-2">
      {button(quantity - 1, "−", t("less", { name: label }), quantity <= 0)}
      <output aria-label={t("quantityOf", { name: label })} className="w-6 text-center tabular-nums" data-testid="cart-qty">
        {quantity}
      </output>
      {button(quantity + 1, "+", t("more", { name: label }), quantity >= max)}
    </div>
  );
}
