import { db } from "@/lib/db/client";
import { submitOrder } from "@/lib/orders/submit-order";
import { payOrder } from "@/lib/orders/pay-order";
import { refundOrder } from "@/lib/orders/refund-order";
import { assignVariant } from "@/lib/ab/assign-variant";
import { clearPricingCache } from "@/lib/checkout/pricing-cache";

const DAY = 86_400_000;
const BASKETS = [["CF-12", 1], ["TEA-250", 1], ["NUT-30", 2], ["LITE-64", 1], ["CHIP-O", 4], ["CF-12", 2]] as const;

/**
 * Demo sales for the reports and dashboards: 36 new buyers place orders through the real order
 * path over the last two weeks (most paid, a few refunded, some unpaid), and the A/B test's venue
 * gets views from 60 shoppers in their variants. Seeded shoppers of the demo logins are untouched.
 */
export async function seedDemoOrders(skuIds: Record<string, string>) {
  clearPricingCache();
  const now = Date.now();
  await db.shopper.createMany({ data: Array.from({ length: 60 }, (_, i) => ({ name: `顾客 ${i + 1}`, externalId: `demo-buyer-${i + 1}`, region: ["上海", "北京", "广东", "浙江"][i % 4], firstOrderDone: i % 3 === 0 })) });
  const buyers = await db.shopper.findMany({ where: { externalId: { startsWith: "demo-buyer-" } }, orderBy: { externalId: "asc" } });
  for (const [i, b] of buyers.slice(0, 36).entries()) {
    const [code, quantity] = BASKETS[i % BASKETS.length];
    const at = new Date(now - (i % 14) * DAY - (i % 7) * 3_600_000);
    const { order } = await submitOrder({ shopperId: b.id, idempotencyKey: `demo-${i}`, lines: [{ skuId: skuIds[code], quantity }], autoSelectCoupons: true, region: b.region ?? undefined }, at);
    if (i % 9 === 8) continue; // left unpaid
    await payOrder(b.id, order.id, true, at);
    if (i % 10 === 4) await refundOrder(b.id, order.id, { lines: [{ skuId: skuIds[code], quantity: 1 }], reason: "demo" }, new Date(at.getTime() + DAY));
  }
  const ab = await db.promotion.findFirst({ where: { variants: { some: {} } }, include: { variants: { orderBy: { key: "asc" } } } });
  if (ab)
    await db.analyticsEvent.createMany({
      data: buyers.map((b, i) => ({ type: "ACTIVITY_VIEW" as const, at: new Date(now - (i % 14) * DAY), shopperId: b.id, shopId: ab.shopId, promotionId: ab.id, variantKey: assignVariant(ab.id, b.id, ab.variants)!.key, dedupeKey: `demo-view-${b.id}` })),
    });
}
