import { allocate } from "@/lib/pricing/money";
import type { PriceResult } from "@/lib/pricing/price-result";

type CouponShare = Map<string, { templateId: string; platformShare: number; shopShare: number }>;

/**
 * The discount ledger of an order: one row per line and discount (item offer, promotion, coupon)
 * and one per shop shipping reduction. Coupon costs are split between platform and shop by the
 * template's shares, exactly (largest remainder).
 */
export function ledgerRows(result: PriceResult, lineIds: string[], coupons: CouponShare) {
  const rows: {
    orderLineId: string | null;
    shopId: string;
    kind: "ITEM_OFFER" | "PROMOTION" | "COUPON" | "SHIPPING";
    stage: number;
    promotionId: string | null;
    userCouponId: string | null;
    templateId: string | null;
    amount: number;
    platformCost: number;
    shopCost: number;
  }[] = [];
  const cost = (couponId: string | null, shopId: string | null, amount: number) => {
    if (couponId) {
      const c = coupons.get(couponId)!;
      const [platformCost, shopCost] = allocate(amount, [c.platformShare, c.shopShare]);
      return { platformCost, shopCost };
    }
    return shopId ? { platformCost: 0, shopCost: amount } : { platformCost: amount, shopCost: 0 };
  };
  const promoShop = new Map(result.applied.map((a) => [a.id, a.shopId ?? null]));
  result.lines.forEach((line, i) => {
    if (line.itemOffer && line.itemOffer.amount > 0) {
      const owner = line.itemOffer.promotionId ? (promoShop.get(line.itemOffer.promotionId) ?? line.shopId) : line.shopId;
      rows.push({ orderLineId: lineIds[i], shopId: line.shopId, kind: "ITEM_OFFER", stage: 1, promotionId: line.itemOffer.promotionId, userCouponId: null, templateId: null, amount: line.itemOffer.amount, ...cost(null, owner, line.itemOffer.amount) });
    }
    for (const d of line.discounts) {
      const isCoupon = d.kind === "COUPON";
      rows.push({
        orderLineId: lineIds[i],
        shopId: line.shopId,
        kind: isCoupon ? "COUPON" : "PROMOTION",
        stage: d.stage,
        promotionId: isCoupon ? null : d.id,
        userCouponId: isCoupon ? d.id : null,
        templateId: isCoupon ? coupons.get(d.id)!.templateId : null,
        amount: d.amount,
        ...cost(isCoupon ? d.id : null, promoShop.get(d.id) ?? null, d.amount),
      });
    }
  });
  for (const s of result.shipping) {
    for (const b of s.by) {
      const isCoupon = b.kind === "COUPON";
      rows.push({
        orderLineId: null,
        shopId: s.shopId,
        kind: "SHIPPING",
        stage: 6,
        promotionId: b.kind === "PROMOTION" ? b.id : null,
        userCouponId: isCoupon ? b.id : null,
        templateId: isCoupon ? coupons.get(b.id)!.templateId : null,
        amount: b.amount,
        ...cost(isCoupon ? b.id : null, b.kind === "PROMOTION" ? (promoShop.get(b.id) ?? null) : s.shopId, b.amount),
      });
    }
  }
  return rows;
}
