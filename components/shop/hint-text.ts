import { formatYuan } from "@/lib/pricing/money";
import type { Hint } from "@/lib/pricing/price-result";

type PriceT = (key: "hintQuantity" | "hintGift" | "hintAmount" | "hintAmountOffer", values: Record<string, string | number>) => string;

/**
 * A 凑单 hint in the shopper's words (`price` messages): units to add, or yuan to add for money off,
 * for a gift (满赠), or for an offer that promises no amount (加价购).
 */
export function hintText(h: Hint, name: string, t: PriceT): string {
  if (h.basis === "QUANTITY") return t("hintQuantity", { shortfall: h.shortfall, name });
  const key = h.type === "GIFT" ? "hintGift" : h.amountOff > 0 ? "hintAmount" : "hintAmountOffer";
  return t(key, { shortfall: formatYuan(h.shortfall), off: formatYuan(h.amountOff), name });
}
