import { priceBalance } from "./place-balance";
import { presalesForSkus } from "./presale-rules-of";

export type PresaleCard = {
  promotionId: string;
  name: string;
  skuId: string;
  deposit: number;
  depositValue: number;
  perUserLimit: number;
  startsAt: string;
  /** the deposit window ends with the promotion */
  endsAt: string;
  balanceStartsAt: string;
  balanceEndsAt: string;
  /** units not yet reserved by a deposit */
  left: number;
  open: boolean;
  /** 预计到手价 of one unit for a visitor: the balance as the engine prices it today plus the deposit */
  estimate: { balance: number; finalPrice: number };
};

/**
 * What a product page shows of its presales (定金 ¥50 抵 ¥100, the windows, the units left and the
 * estimated 到手价). Rendered for a visitor (the page is cacheable): the estimate is the engine's
 * balance with today's promotions, priced as if the balance were due now.
 */
export async function productPresales(skuIds: string[], now: Date): Promise<PresaleCard[]> {
  const found = await presalesForSkus(skuIds, now);
  const cards: PresaleCard[] = [];
  for (const { p, rules } of found) {
    if (p.endsAt <= now) continue;
    for (const item of rules.items.filter((i) => skuIds.includes(i.skuId))) {
      const link = p.skus.find((s) => s.skuId === item.skuId);
      const left = Math.max(0, (link?.stock ?? item.stock) - (link?.sold ?? 0) - (link?.pending ?? 0));
      const pseudo = { id: "estimate", promotionId: p.id, skuId: item.skuId, quantity: 1, deposit: item.deposit, depositValue: item.depositValue, balanceStartsAt: new Date(now.getTime() - 1000), balanceEndsAt: new Date(now.getTime() + 60_000) };
      const { result } = await priceBalance(null, pseudo, {}, now);
      cards.push({
        promotionId: p.id,
        name: p.name,
        skuId: item.skuId,
        deposit: item.deposit,
        depositValue: item.depositValue,
        perUserLimit: item.perUserLimit,
        startsAt: p.startsAt.toISOString(),
        endsAt: p.endsAt.toISOString(),
        balanceStartsAt: new Date(rules.balanceStartsAt).toISOString(),
        balanceEndsAt: new Date(rules.balanceEndsAt).toISOString(),
        left: link?.withdrawnAt ? 0 : left,
        open: p.status !== "ENDED" && p.startsAt <= now && now < p.endsAt,
        estimate: { balance: result.total, finalPrice: result.total + item.deposit },
      });
    }
  }
  return cards;
}
