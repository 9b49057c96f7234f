import { useTranslations } from "next-intl";
import { formatYuan } from "@/lib/pricing/money";

type Totals = { subtotal: number; itemDiscount: number; orderDiscount: number; couponDiscount: number; shippingFee: number; shippingDiscount: number; total: number };

/** Subtotal, each kind of discount, shipping and the total: a priced cart's or an order's. */
export function TotalsList({ totals, totalLabel, testId, children }: { totals: Totals; totalLabel: string; testId: string; children?: React.ReactNode }) {
  const t = useTranslations("price");
  const rows = [
    ["subtotal", totals.subtotal],
    ["itemDiscount", -totals.itemDiscount],
    ["orderDiscount", -totals.orderDiscount],
    ["couponDiscount", -totals.couponDiscount],
    ["shippingFee", totals.shippingFee],
    ["shippingDiscount", -totals.shippingDiscount],
  ] as const;
  return (
    <dl className="grid grid-cols-2 gap-x-4 gap-y-1 tabular-nums">
      {rows.map(([k, v]) => (
        <div key={k} className="contents">
          <dt className="text-ink-muted">{t(k)}</dt>
          <dd className="text-right">{formatYuan(v)}</dd>
        </div>
      ))}
      <dt className="font-semibold text-slate-900">{totalLabel}</dt>
      <dd className="text-right text-lg font-semibold text-brand-700" data-testid={testId}>
        {formatYuan(totals.total)}
      </dd>
      {children}
    </dl>
  );
}
