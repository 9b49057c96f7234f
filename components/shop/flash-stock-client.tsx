"use client";
import { useEffect, useState } from "react";

/** What is left of a flash-sale item, refreshed every few seconds from the stock endpoint. */
export function FlashStockClient({ promotionId, skuId, stock, initialLeft, label, barLabel }: { promotionId: string; skuId: string; stock: number; initialLeft: number; label: string; barLabel: string }) {
  const [left, setLeft] = useState(initialLeft);
  useEffect(() => {
    const tick = setInterval(async () => {
      const res = await fetch(`/api/flash-sales/${promotionId}/stock`).catch(() => null);
      if (res?.ok) setLeft(((await res.json()) as { left: Record<string, number> }).left[skuId] ?? 0);
    }, 3000);
    return () => clearInterval(tick);
  }, [promotionId, skuId]);
  const sold = Math.max(0, Math.min(100, Math.round(((stock - left) / stock) * 100)));
  return (
    <div className="mt-1">
      <div className="h-1.5 overflow-hidden rounded-full bg-rose-100" role="progressbar" aria-valuenow={sold} aria-valuemin={0} aria-valuemax={100} aria-label={barLabel}>
        <div className="h-full bg-rose-500 transition-all" style={{ width: `${sold}%` }} />
      </div>
      <p className="mt-0.5 text-xs text-slate-500" data-testid="flash-left">
        {label.replace("{left}", String(left)).replace("{sold}", String(sold))}
      </p>
    </div>
  );
}
