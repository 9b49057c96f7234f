"use client";
import { useFlashLeft } from "./flash-live-client";

/** What is left of a flash-sale item (live, from the sale's poll). */
export function FlashStockClient({ skuId, stock, initialLeft, label, barLabel }: { skuId: string; stock: number; initialLeft: number; label: string; barLabel: string }) {
  const left = useFlashLeft(skuId, initialLeft);
  const sold = Math.max(0, Math.min(100, Math.round(((stock - left) / stock) * 100)));
  return (
    <div className="mt-1">
      <div className="h-1.5 overflow-hidden rounded-full bg-rose-100" role="progressbar" aria-valuenow={sold} aria-valuemin={0} aria-valuemax={100} aria-label={barLabel}>
        <div className="h-full bg-rose-600 transition-all" style={{ width: `${sold}%` }} />
      </div>
      <p className="mt-0.5 text-xs text-slate-600" data-testid="flash-left">
        {label.replace("{left}", String(left)).replace("{sold}", String(sold))}
      </p>
    </div>
  );
}
