import { Link } from "@/lib/i18n/navigation";
import { formatYuan } from "@/lib/pricing/money";
import type { PriceResult } from "@/lib/pricing/price-result";

type Labels = { all: string; total: string; saved: string; checkout: string; nothingTicked: string; shopFreeShipping: string };

/**
 * The cart's sticky 结算 bar (above the bottom nav): tick all, what the ticked lines cost, the
 * saving by name (each applied promotion and coupon), and 结算 with the number of ticked items.
 */
export function CartBar({ result, ticked, allTicked, onTickAll, tickAllForm, labels, pending }: { result: PriceResult; ticked: number; allTicked: boolean; onTickAll: (checked: boolean) => void; tickAllForm: (form: FormData) => void; labels: Labels; pending: boolean }) {
  const savings = result.applied.filter((a) => a.amount > 0);
  const saved = savings.reduce((a, s) => a + s.amount, 0);
  // a shop's own free shipping (满额包邮) is named as such, not by the shop's bare name
  const named = savings.map((s) => `${s.kind === "SHOP" ? labels.shopFreeShipping.replace("{shop}", s.name) : s.name} −${formatYuan(s.amount)}`).join(" · ");
  return (
    <div data-sticky-bar className="fixed inset-x-0 bottom-[calc(3.5rem+env(safe-area-inset-bottom))] z-20 mx-auto max-w-5xl border-t border-slate-200 bg-white/95 px-3 py-2 shadow-[0_-4px_12px_rgba(15,23,42,0.06)] backdrop-blur" data-testid="cart-bar">
      <div className="flex items-center gap-3">
        <form action={tickAllForm} onSubmit={(e) => { e.preventDefault(); onTickAll(!allTicked); }}>
          <input type="hidden" name="checked" value={allTicked ? "0" : "1"} />
          <button role="checkbox" aria-checked={allTicked} className="flex min-h-11 items-center gap-2 text-sm text-slate-700">
            <Tick on={allTicked} />
            {labels.all}
          </button>
        </form>
        <div className="min-w-0 flex-1 text-right">
          <p className="text-sm">
            {labels.total} <span className="text-lg font-semibold tabular-nums text-brand-700" data-testid="cart-bar-total">{formatYuan(result.total)}</span>
          </p>
          {saved > 0 && (
            <p className="truncate text-xs text-rose-700" data-testid="cart-bar-saved" title={named}>
              {labels.saved.replace("{amount}", formatYuan(saved))}{named}
            </p>
          )}
        </div>
        {ticked > 0 ? (
          <Link href="/checkout" className="inline-flex min-h-11 shrink-0 items-center rounded-full bg-brand-600 px-5 font-medium text-white hover:bg-brand-700" aria-disabled={pending} data-testid="cart-checkout">
            {labels.checkout} ({ticked})
          </Link>
        ) : (
          <span className="inline-flex min-h-11 shrink-0 items-center rounded-full bg-slate-200 px-5 text-sm font-medium text-slate-600" aria-disabled title={labels.nothingTicked}>
            {labels.checkout} (0)
          </span>
        )}
      </div>
    </div>
  );
}

/** A check mark box (the button around it carries role="checkbox"). */
export function Tick({ on }: { on: boolean }) {
  return (
    <span aria-hidden className={`flex h-5 w-5 shrink-0 items-center justify-center rounded-full ring-1 ${on ? "bg-brand-600 text-white ring-brand-600" : "bg-white ring-slate-400"}`}>
      {on && (
        <svg viewBox="0 0 20 20" className="h-3.5 w-3.5" fill="currentColor">
          <path d="M7.7 13.3 4.4 10l-1.1 1.1 4.4 4.4 9-9-1.1-1.1z" />
        </svg>
      )}
    </span>
  );
}
