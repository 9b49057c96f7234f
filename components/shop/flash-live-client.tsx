"use client";
import { createContext, useContext, useEffect, useState } from "react";

// One poll per flash sale (every 3 s) of what is left per SKU; the stock bars and the 立即抢购
// buttons of its items follow it, so an item that sells out while the page is open shows it.
const Ctx = createContext<Record<string, number>>({});
export const useFlashLeft = (skuId: string, fallback: number) => useContext(Ctx)[skuId] ?? fallback;

export function FlashLiveProvider({ promotionId, initialLeft, children }: { promotionId: string; initialLeft: Record<string, number>; children: React.ReactNode }) {
  const [left, setLeft] = useState(initialLeft);
  useEffect(() => {
    const poll = async () => {
      const res = await fetch(`/api/flash-sales/${promotionId}/stock`).catch(() => null);
      if (!res?.ok) return;
      const next = ((await res.json()) as { left: Record<string, number> }).left;
      // re-render the sale's items only when a number moved
      setLeft((cur) => (Object.keys(next).length === Object.keys(cur).length && Object.entries(next).every(([k, v]) => cur[k] === v) ? cur : next));
    };
    // the first ask waits for the page to settle (the HTML may be a cached copy a few seconds old)
    const first = setTimeout(poll, 800);
    const tick = setInterval(poll, 3000);
    return () => {
      clearTimeout(first);
      clearInterval(tick);
    };
  }, [promotionId]);
  return <Ctx.Provider value={left}>{children}</Ctx.Provider>;
}
