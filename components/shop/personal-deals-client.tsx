"use client";
import { createContext, useContext, useEffect, useState } from "react";
import { useLocale } from "next-intl";
import { formatYuan } from "@/lib/pricing/money";
import type { DealPrice, OfferLabel } from "@/lib/catalogue/shopper-offers";
import type { PersonalOffersBody, VenueProgress } from "@/lib/catalogue/personal-offers";
import { useShopper } from "./shopper-context-client";

// A cached page shows a visitor's 到手价; once the browser knows a shopper is signed in it asks
// for their own (held and claimable coupons, member price, new-user offers) in one request for all
// the SKUs on the page, and the prices change in place.
type Personal = { deals: Record<string, DealPrice>; labels: Record<string, OfferLabel[]>; progress: VenueProgress; loaded: boolean };
const Ctx = createContext<Personal>({ deals: {}, labels: {}, progress: null, loaded: false });
export const usePersonal = () => useContext(Ctx);

export function PersonalDealsProvider({ request, children }: { request: PersonalOffersBody; children: React.ReactNode }) {
  const shopper = useShopper();
  const [p, set] = useState<Personal>({ deals: {}, labels: {}, progress: null, loaded: false });
  const key = JSON.stringify(request);
  useEffect(() => {
    if (!shopper.loaded || !shopper.signedIn) return;
    fetch("/api/me/deals", { method: "POST", headers: { "content-type": "application/json" }, body: key })
      .then((r) => (r.ok ? r.json() : null))
      .then((b: { deals: Record<string, DealPrice>; labels: Record<string, OfferLabel[]>; progress: VenueProgress } | null) => b && set({ deals: b.deals, labels: b.labels, progress: b.progress, loaded: true }))
      .catch(() => undefined);
  }, [shopper.loaded, shopper.signedIn, key]);
  return <Ctx.Provider value={p}>{children}</Ctx.Provider>;
}

/** A price: the visitor's 到手价 (server-rendered), replaced by the signed-in shopper's own. */
export function DealPriceClient({ skuId, listPrice, visitorPrice, dealLabel, fromLabel, size = "base" }: { skuId: string; listPrice: number; visitorPrice: number; dealLabel: string; fromLabel?: string; size?: "base" | "lg" }) {
  const locale = useLocale();
  const { deals } = usePersonal();
  const own = deals[skuId];
  const price = own?.price ?? visitorPrice;
  // who the price is for: "shared" (the cached page's visitor price) or "shopper" (filled in by the browser)
  const source = own ? "shopper" : "shared";
  const big = size === "lg" ? "text-lg" : "text-base";
  if (price < listPrice)
    return (
      <p className="tabular-nums">
        <span className="text-xs text-brand-700">{dealLabel}</span>{" "}
        <span className={`${big} font-semibold text-brand-700`} data-testid="deal-price" data-source={source}>
          {formatYuan(price)}
        </span>{" "}
        <s className="text-xs text-slate-600">{formatYuan(listPrice)}</s>
      </p>
    );
  return (
    <p className={`${big} font-semibold text-brand-700 tabular-nums`} data-testid="deal-price" data-source={source}>
      {/* "¥100.00 起" in Chinese, "from ¥100.00" in English */}
      {fromLabel && locale === "en" && <span className="text-xs font-normal text-slate-600">{fromLabel} </span>}
      {formatYuan(listPrice)}
      {fromLabel && locale !== "en" && <span className="text-xs font-normal text-slate-600"> {fromLabel}</span>}
    </p>
  );
}

/** Under a SKU's 到手价: which coupons it assumes (claim first, or one the shopper holds). */
export function DealNoteClient({ skuId, listPrice, visitor, campaignNames, afterClaiming, withYourCoupon }: { skuId: string; listPrice: number; visitor: DealPrice | undefined; campaignNames: Record<string, string>; afterClaiming: string; withYourCoupon: string }) {
  const { deals } = usePersonal();
  const deal = deals[skuId] ?? visitor;
  if (!deal || deal.price >= listPrice) return null;
  const names = deal.claimCampaignIds.map((c) => campaignNames[c]).filter(Boolean);
  if (!names.length && !deal.couponIds.length) return null;
  return <p className="mt-1 text-xs text-slate-600">{names.length ? afterClaiming.replace("{coupons}", names.join("、")) : withYourCoupon}</p>;
}
