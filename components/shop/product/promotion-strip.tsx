import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import type { StripRule } from "@/lib/catalogue/product-extras";

/** The product page's promotion strip: each promotion on it in words, each linking to its venue (去凑单). */
export async function PromotionStrip({ rules }: { rules: StripRule[] }) {
  if (!rules.length) return null;
  const t = await getTranslations("shop");
  const tt = await getTranslations("promoType");
  return (
    <section aria-labelledby="promo-strip" className="rounded-2xl bg-white ring-1 ring-slate-200" data-testid="promotion-strip">
      <h2 id="promo-strip" className="border-b border-slate-100 px-4 py-2 text-sm font-medium text-slate-700">
        {t("promotionsHere")}
      </h2>
      <ul className="divide-y divide-slate-100">
        {rules.map((r) => (
          <li key={r.promotionId}>
            <Link href={`/promotions/${r.promotionId}`} className="flex min-h-11 items-center gap-3 px-4 py-2 text-sm hover:bg-slate-50">
              <span className="shrink-0 rounded bg-rose-700 px-1.5 py-0.5 text-xs font-medium text-white">{tt(r.type)}</span>
              <span className="min-w-0 flex-1">
                <span className="line-clamp-2 block text-slate-800">{r.words.length ? r.words.join(t("ruleSeparator")) : r.name}</span>
                {r.words.length > 0 && <span className="block truncate text-xs text-ink-muted">{r.name}</span>}
              </span>
              <span className="shrink-0 text-xs font-medium text-brand-700">{t("goToVenue")} ›</span>
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
