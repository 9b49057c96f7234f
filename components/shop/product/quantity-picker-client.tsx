"use client";
import { useState } from "react";

/**
 * − [n] + for the buy bar. Before scripts load it is a plain number input (the form posts it);
 * the buttons only nudge it, within 1 … max.
 */
export function QuantityPickerClient({ max, labels }: { max: number; labels: { quantity: string; less: string; more: string } }) {
  const [n, setN] = useState(1);
  const top = Math.max(1, Math.min(999, max));
  const set = (v: number) => setN(Math.max(1, Math.min(top, Number.isFinite(v) ? Math.trunc(v) : 1)));
  const btn = "flex h-11 w-11 items-center justify-center rounded-full text-lg text-slate-700 ring-1 ring-slate-300 hover:bg-slate-100 disabled:opacity-40";
  return (
    <div className="flex items-center gap-1">
      <button type="button" className={btn} aria-label={labels.less} disabled={n <= 1} onClick={() => set(n - 1)}>
        −
      </button>
      <input name="quantity" type="number" inputMode="numeric" min={1} max={top} value={n} onChange={(e) => set(Number(e.target.value))} aria-label={labels.quantity} className="h-11 w-12 rounded-lg border-0 text-center tabular-nums ring-1 ring-slate-300 focus:ring-2 focus:ring-brand-500 [appearance:textfield] [&::-webkit-inner-spin-button]:appearance-none" data-testid="buy-qty" />
      <button type="button" className={btn} aria-label={labels.more} disabled={n >= top} onClick={() => set(n + 1)}>
        +
      </button>
    </div>
  );
}
