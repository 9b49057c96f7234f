import { useTranslations } from "next-intl";
import { hintText } from "./hint-text";
import { formatYuan } from "@/lib/pricing/money";
import type { PriceResult } from "@/lib/pricing/price-result";
import { TotalsList } from "./totals-list";

/** One cut of a line: its amount, and under it what gave it. */
function LineCut({ amount, name }: { amount: number; name: string }) {
  return (
    <div className="whitespace-nowrap" data-testid="line-discount">
      −{formatYuan(amount)}
      <span className="block max-w-32 whitespace-normal break-words text-xs text-ink-muted">{name}</span>
    </div>
  );
}

/**
 * The full explanation of a price: lines with their discounts, totals, what applied, what did not
 * and why, and 凑单 hints. Shared by the admin simulation and the shopper's checkout.
 */
export function PriceBreakdown({ result, names }: { result: PriceResult; names: Record<string, string> }) {
  const t = useTranslations("price");
  const name = (id: string | null) => (id ? (names[id] ?? t("unnamed")) : "—");
  return (
    <div className="space-y-4 text-sm" data-testid="price-breakdown">
      <table className="w-full">
        <thead className="text-left text-xs text-ink-muted">
          <tr>
            <th className="py-1 font-medium">{t("item")}</th>
            <th className="py-1 text-right font-medium">{t("list")}</th>
            <th className="py-1 text-right font-medium">{t("discounts")}</th>
            <th className="py-1 text-right font-medium">{t("payable")}</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {result.lines.map((l, i) => (
            <tr key={i} className="align-top">
              <td className="py-2">
                {name(l.skuId)} × {l.quantity} {l.gift && <span className="ml-1 rounded bg-amber-100 px-1.5 text-xs text-amber-800">{t("gift")}</span>}
              </td>
              <td className="whitespace-nowrap py-2 pl-2 text-right tabular-nums">{formatYuan(l.listAmount)}</td>
              <td className="py-2 pl-2 text-right tabular-nums text-rose-700">
                {/* each amount with its promotion's name under it (a phone has no hover for a title) */}
                {l.itemOffer && <LineCut amount={l.itemOffer.amount} name={l.itemOffer.promotionId ? name(l.itemOffer.promotionId) : l.itemOffer.type === "MEMBER_PRICE" ? t("memberPrice") : t("unnamed")} />}
                {l.discounts.map((d, k) => (
                  <LineCut key={k} amount={d.amount} name={name(d.id)} />
                ))}
              </td>
              <td className="whitespace-nowrap py-2 pl-2 text-right font-medium tabular-nums">{formatYuan(l.payable)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <div className="rounded-lg bg-slate-50 p-3">
        <TotalsList totals={result} totalLabel={t("total")} testId="price-total" />
      </div>
      {result.applied.length > 0 && (
        <section>
          <h3 className="mb-1 font-medium text-slate-700">{t("applied")}</h3>
          <ul className="space-y-1">
            {result.applied.map((a, i) => (
              <li key={i} className="flex justify-between gap-3">
                {/* a shop's own free shipping is named by its shop: say what it is */}
                <span>{a.kind === "SHOP" ? t("shopFreeShipping", { shop: a.name }) : a.name}</span>
                <span className="tabular-nums text-emerald-700">−{formatYuan(a.amount)}</span>
              </li>
            ))}
          </ul>
        </section>
      )}
      {result.notApplied.length > 0 && (
        <section>
          <h3 className="mb-1 font-medium text-slate-700">{t("notApplied")}</h3>
          <ul className="space-y-1 text-ink-muted">
            {result.notApplied.map((n, i) => (
              <li key={i} className="flex justify-between gap-3">
                <span className="truncate">{name(n.id)}</span>
                <span className="shrink-0 rounded bg-slate-100 px-1.5 text-xs">{t(`reason.${n.reason}`)}</span>
              </li>
            ))}
          </ul>
        </section>
      )}
      {result.hints.length > 0 && (
        <ul className="space-y-1">
          {result.hints.map((h, i) => (
            <li key={i} className="rounded-lg bg-amber-50 px-3 py-2 text-amber-800">
              {hintText(h, name(h.promotionId), t)}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
