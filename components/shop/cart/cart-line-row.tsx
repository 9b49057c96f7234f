"use client";
import { FillImage } from "@/components/ui/fill-image";
import { useTranslations } from "next-intl";
import { Link } from "@/lib/i18n/navigation";
import { formatYuan } from "@/lib/pricing/money";
import type { SkuMeta } from "@/lib/cart/cart-view";
import { changeCartLineAction } from "@/lib/cart/cart-actions";
import { Tick } from "./cart-bar";

type Props = {
  skuId: string;
  meta: SkuMeta | undefined;
  ticked: boolean;
  quantity: number;
  /** priced (ticked) lines: what they pay and their list amount; unticked lines show list price × quantity */
  payable?: number;
  listAmount?: number;
  gift?: boolean;
  onTick: (on: boolean) => void;
  onChange: (skuId: string, quantity: number) => void;
  onRemove: () => void;
  formAction: (form: FormData) => void;
};

/** One cart line: tick, picture, name, price, quantity stepper and 删除 — each a form before scripts load. */
export function CartLineRow({ skuId, meta, ticked, quantity, payable, listAmount, gift, onTick, onChange, onRemove, formAction }: Props) {
  const t = useTranslations("cart");
  const tp = useTranslations("price");
  const name = meta?.name ?? skuId;
  const list = listAmount ?? (meta?.price ?? 0) * quantity;
  const pays = payable ?? list;
  return (
    <li className={`flex gap-2 px-2 py-3 sm:px-4 ${ticked || gift ? "" : "bg-slate-50/70"}`} data-testid="cart-line" data-ticked={gift ? undefined : String(ticked)}>
      {gift ? (
        <span className="w-11 shrink-0" />
      ) : (
        <form action={formAction} onSubmit={(e) => { e.preventDefault(); onTick(!ticked); }} className="shrink-0">
          <input type="hidden" name="skuIds" value={skuId} />
          <input type="hidden" name="checked" value={ticked ? "0" : "1"} />
          <button role="checkbox" aria-checked={ticked} aria-label={t("tickLine", { name })} className="flex h-11 w-11 items-center justify-center" data-testid="cart-tick">
            <Tick on={ticked} />
          </button>
        </form>
      )}
      <div className="relative h-16 w-16 shrink-0 overflow-hidden rounded-lg bg-slate-100">{meta?.imageUrl && <FillImage src={meta.imageUrl} alt={name} />}</div>
      <div className="min-w-0 flex-1">
        <div className="flex items-start justify-between gap-2">
          <Link href={`/products/${meta?.productId ?? ""}`} className="line-clamp-2 text-sm text-slate-800 hover:text-brand-700">
            {name}
          </Link>
          {!gift && (
            <form action={formAction} onSubmit={(e) => { e.preventDefault(); onRemove(); }} className="shrink-0">
              <input type="hidden" name="skuIds" value={skuId} />
              <input type="hidden" name="remove" value="1" />
              <button aria-label={t("removeLine", { name })} className="-mr-2 -mt-2 inline-flex min-h-11 min-w-11 items-center justify-center text-xs text-ink-muted hover:text-rose-700" data-testid="cart-remove">
                {t("remove")}
              </button>
            </form>
          )}
        </div>
        {gift ? (
          <p className="mt-1 text-xs">
            <span className="rounded bg-amber-100 px-1.5 py-0.5 text-amber-800">{tp("gift")}</span> × {quantity}
          </p>
        ) : (
          <div className="mt-1 flex flex-wrap items-center justify-between gap-2">
            <p className="tabular-nums text-sm">
              <span className="font-semibold text-slate-900">{formatYuan(pays)}</span>
              {pays < list && <s className="ml-1 text-xs text-ink-muted">{formatYuan(list)}</s>}
            </p>
            <Stepper skuId={skuId} quantity={quantity} max={meta?.stock ?? 999} onChange={onChange} label={name} />
          </div>
        )}
      </div>
    </li>
  );
}

function Stepper({ skuId, quantity, max, onChange, label }: { skuId: string; quantity: number; max: number; onChange: (skuId: string, q: number) => void; label: string }) {
  const t = useTranslations("cart");
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
