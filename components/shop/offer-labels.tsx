"use client";
import { useTranslations } from "next-intl";
import type { OfferLabel } from "@/lib/catalogue/shopper-offers";
import { usePersonal } from "./personal-deals-client";

const tone: Record<string, string> = {
  FLASH_SALE: "bg-rose-600 text-white",
  DISCOUNT: "bg-orange-700 text-white",
  GROUP_BUY: "bg-violet-600 text-white",
};

/**
 * Promotion labels on a product, already ordered by label priority; at most `max`. The page shows
 * a visitor's labels; for a signed-in shopper (`skuId` given) the labels of offers meant for them
 * replace them once the browser has them (no 新人 label for a returning shopper).
 */
export function OfferLabels({ labels: shared, max = 2, skuId }: { labels: OfferLabel[]; max?: number; skuId?: string }) {
  const t = useTranslations("promoType");
  const ts = useTranslations("shop");
  const personal = usePersonal();
  const labels = skuId && personal.loaded ? (personal.labels[skuId] ?? []) : shared;
  if (!labels.length) return null;
  // one chip per wording: a shop 满减 and a platform 满减 read the same to a shopper
  const text = (l: OfferLabel) => `${l.newUsers ? ts("newUserTag") : l.memberLevels.length ? ts("memberTag") : ""}${t(l.type)}`;
  const unique = labels.filter((l, i) => labels.findIndex((x) => text(x) === text(l)) === i);
  return (
    <ul className="flex flex-wrap gap-1" aria-label={ts("offersLabel")}>
      {unique.slice(0, max).map((l) => (
        <li key={l.promotionId} title={l.name} className={`rounded px-1.5 py-0.5 text-[11px] font-medium leading-4 ${l.newUsers ? "bg-emerald-700 text-white" : (tone[l.type] ?? "bg-rose-50 text-rose-700 ring-1 ring-inset ring-rose-200")}`}>
          {text(l)}
        </li>
      ))}
    </ul>
  );
}
