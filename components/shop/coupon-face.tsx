import { formatYuan } from "@/lib/pricing/money";

export type CouponFaceData = { kind: string; amountOff: number | null; percentOff: number | null; maxOff: number | null; threshold: number };

export function CouponFace({ c, t }: { c: CouponFaceData; t: (k: string, v?: Record<string, string>) => string }) {
  // 10% off reads "9 折" in Chinese and "10% off" in English
  const pay = 100 - (c.percentOff ?? 0);
  const zhe = pay % 10 === 0 ? String(pay / 10) : `${Math.floor(pay / 10)}.${pay % 10}`;
  const value = c.kind === "PERCENT_OFF" ? t("percent", { zhe, off: String(c.percentOff ?? 0) }) : c.amountOff != null ? formatYuan(c.amountOff) : t("exchange");
  return (
    <div className="w-24 shrink-0 text-center">
      <p className="text-xl font-bold text-brand-700">{value}</p>
      <p className="text-xs text-ink-muted">{c.threshold ? t("from", { amount: formatYuan(c.threshold) }) : t("noThreshold")}</p>
    </div>
  );
}

