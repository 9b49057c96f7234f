import { useTranslations } from "next-intl";
import type { OfferLabel } from "@/lib/catalogue/shopper-offers";

const tone: Record<string, string> = {
  FLASH_SALE: "bg-rose-600 text-white",
  DISCOUNT: "bg-orange-500 text-white",
  GROUP_BUY: "bg-violet-600 text-white",
};

/** Promotion labels on a product, already ordered by label priority; at most `max`. */
export function OfferLabels({ labels, max = 2 }: { labels: OfferLabel[]; max?: number }) {
  const t = useTranslations("promoType");
  const ts = useTranslations("shop");
  if (!labels.length) return null;
  // one chip per wording: a shop 满减 and a platform 满减 read the same to a shopper
  const text = (l: OfferLabel) => `${l.newUsers ? ts("newUserTag") : l.memberLevels.length ? ts("memberTag") : ""}${t(l.type)}`;
  const unique = labels.filter((l, i) => labels.findIndex((x) => text(x) === text(l)) === i);
  return (
    <ul className="flex flex-wrap gap-1" aria-label="offers">
      {unique.slice(0, max).map((l) => (
        <li key={l.promotionId} title={l.name} className={`rounded px-1.5 py-0.5 text-[11px] font-medium leading-4 ${l.newUsers ? "bg-emerald-600 text-white" : (tone[l.type] ?? "bg-rose-50 text-rose-700 ring-1 ring-inset ring-rose-200")}`}>
          {text(l)}
        </li>
      ))}
    </ul>
  );
}
