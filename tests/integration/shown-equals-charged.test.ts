import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { closeQueues } from "@/lib/jobs/queues";
import { shopperOffers } from "@/lib/catalogue/shopper-offers";
import { cartView } from "@/lib/cart/cart-view";
import { checkoutView } from "@/lib/checkout/checkout-view";
import { priceCheckout } from "@/lib/checkout/price-checkout";
import { submitOrder } from "@/lib/orders/submit-order";
import { cancelOrder } from "@/lib/orders/cancel-order";
import { bumpPricingVersion } from "@/lib/checkout/pricing-cache";
import { changePromotionStatus } from "@/lib/promotions/promotion-lifecycle";
import { flashVenue } from "@/lib/flash-sale/flash-venue";
import { attemptFlashSale } from "@/lib/flash-sale/attempt-flash-sale";
import { drainWins } from "@/lib/flash-sale/flash-wins";
import { makeCoupon, makePromotion, makeShop, makeShopper, makeSku, makeStaff, resetDb } from "./fixtures";

// Issue 11, "shown = charged" (SPEC §3): for every promotion kind and random carts, what the
// product page / venue (到手价), the cart and the checkout show is what the order charges; the
// flash venue's price is the won order's price even when the floor price wins; and an order
// placed at a total the page did not show is refused with 409 PRICE_CHANGED.

afterAll(closeQueues);

type World = { shopper: string; skus: string[]; flash: { promotionId: string; skuId: string; floor: number } };
let world: World;

beforeAll(async () => {
  await resetDb();
  const a = await makeShop("A", 800);
  const b = await makeShop("B", 1200);
  const mk = (shop: string, price: number, floor?: number) => makeSku(shop, price, { stock: 100_000, floorPrice: floor });
  const [a1, a2, a3, a4, gift, b1, b2, fl] = await Promise.all([mk(a.id, 12900), mk(a.id, 4590), mk(a.id, 39900, 30000), mk(a.id, 2990), mk(a.id, 1500), mk(b.id, 8800), mk(b.id, 25900), mk(b.id, 29900, 25900)]);
  // one of every kind the engine prices, shop- and platform-owned, some in one exclusive group
  await makePromotion({ shopId: a.id, type: "DISCOUNT", scope: { skuIds: [a1.id, a3.id] }, rules: { items: [{ skuId: a1.id, percentOff: 15 }, { skuId: a3.id, specialPrice: 28800 }] } });
  await makePromotion({ shopId: a.id, type: "FULL_REDUCTION", rules: { basis: "AMOUNT", tiers: [{ threshold: 20000, amountOff: 2000 }, { threshold: 50000, amountOff: 6000 }] } });
  await makePromotion({ shopId: a.id, type: "NTH_ITEM", scope: { skuIds: [a2.id, a4.id] }, rules: { n: 2, percentOff: 50 } });
  await makePromotion({ shopId: a.id, type: "GIFT", rules: { basis: "AMOUNT", tiers: [{ threshold: 30000, gifts: [{ skuId: gift.id, quantity: 1 }] }] } });
  await makePromotion({ shopId: b.id, type: "FULL_DISCOUNT", rules: { basis: "QUANTITY", tiers: [{ threshold: 2, percentOff: 5 }, { threshold: 3, percentOff: 12 }] } });
  await makePromotion({ shopId: b.id, type: "FULL_REDUCTION", rules: { basis: "AMOUNT", tiers: [{ threshold: 30000, amountOff: 3500 }] } });
  await makePromotion({ shopId: b.id, type: "SHIPPING", rules: { threshold: 20000, free: true } });
  await makePromotion({ shopId: null, type: "FULL_REDUCTION", rules: { basis: "AMOUNT", tiers: [{ threshold: 60000, amountOff: 3000 }] } });
  // a flash price below the floor: the floor wins, and the venue must say so
  const flash = await makePromotion({ shopId: b.id, type: "FLASH_SALE", scope: { skuIds: [fl.id] }, rules: { items: [{ skuId: fl.id, flashPrice: 19900, stock: 50, perUserLimit: 1 }] }, stacking: { withCoupons: false, withPlatform: false, withOrderPromotions: false } });
  const shopper = await makeShopper({ memberLevel: "V2" });
  await makeCoupon(shopper.id, { shopId: a.id, amountOff: 1500, threshold: 15000 });
  await makeCoupon(shopper.id, { shopId: null, amountOff: 800, threshold: 0 });
  await makeCoupon(shopper.id, { shopId: b.id, amountOff: 5000, threshold: 40000 });
  world = { shopper: shopper.id, skus: [a1, a2, a3, a4, b1, b2].map((s) => s.id), flash: { promotionId: flash.id, skuId: fl.id, floor: 25900 } };
});

const cartArb = () =>
  fc.uniqueArray(fc.record({ i: fc.integer({ min: 0, max: 5 }), quantity: fc.integer({ min: 1, max: 4 }) }), { minLength: 1, maxLength: 5, selector: (l) => l.i }).map((ls) => ls.map((l) => ({ skuId: world.skus[l.i], quantity: l.quantity })));

describe("shown = charged", () => {
  it("cart, checkout and the order agree to the cent for random carts over every kind (auto-selected coupons)", async () => {
    let n = 0;
    await fc.assert(
      fc.asyncProperty(cartArb(), async (cart) => {
        const shown = await cartView(world.shopper, cart, "zh");
        const checkout = await checkoutView(world.shopper, cart, { locale: "zh" });
        expect(checkout.result.total).toBe(shown.result.total);
        const { order } = await submitOrder({ shopperId: world.shopper, lines: cart, couponIds: checkout.result.coupons.selected, idempotencyKey: `prop-${++n}-${Date.now()}`, expectedTotal: checkout.result.total });
        expect(order.total).toBe(checkout.result.total);
        const lines = await db.orderLine.findMany({ where: { orderId: order.id }, orderBy: { id: "asc" } });
        expect(lines.reduce((a, l) => a + l.payable, 0)).toBe(checkout.result.lines.reduce((a, l) => a + l.payable, 0));
        // cancelled, the order gives its coupons back so the next cart sees the same wallet
        await cancelOrder(world.shopper, order.id);
      }),
      { numRuns: 25 },
    );
  }, 120_000);

  it("a product page's 到手价 (one unit, the shopper's best coupons) is what one unit of it costs at checkout with those coupons", async () => {
    const offers = await shopperOffers(world.shopper, world.skus);
    for (const skuId of world.skus) {
      const deal = offers.deals[skuId];
      const r = await priceCheckout({ shopperId: world.shopper, lines: [{ skuId, quantity: 1 }], couponIds: deal.couponIds });
      const goods = r.lines.filter((l) => l.skuId === skuId && !l.gift).reduce((a, l) => a + l.payable, 0);
      expect(goods, skuId).toBe(deal.price);
    }
  });

  it("the flash venue shows the price the win charges: the floor (¥259), not the configured ¥199", async () => {
    const venue = await flashVenue("zh");
    const item = venue.slots.flatMap((slot) => slot.sales).flatMap((s) => s.items).find((i) => i.skuId === world.flash.skuId);
    expect(item?.flashPrice).toBe(world.flash.floor);
    const attempt = { promotionId: world.flash.promotionId, skuId: world.flash.skuId, shopperId: world.shopper, quantity: 1, idempotencyKey: `flash-${Date.now()}` };
    expect((await attemptFlashSale(attempt)).result).toBe("WON");
    await drainWins(world.flash.promotionId);
    const won = await attemptFlashSale(attempt);
    const order = await db.order.findUniqueOrThrow({ where: { id: won.orderId! }, include: { lines: true } });
    expect(order.lines.find((l) => l.skuId === world.flash.skuId)!.payable).toBe(item!.flashPrice);
  });

  it("an order at a total the page did not show is refused with PRICE_CHANGED and nothing is created; confirming the new total places it", async () => {
    const shop = await makeShop("C", 0);
    const admin = await makeStaff("ADMIN", shop.id);
    const sku = await makeSku(shop.id, 30000);
    const promo = await makePromotion({ shopId: shop.id, type: "FULL_REDUCTION", rules: { basis: "AMOUNT", tiers: [{ threshold: 20000, amountOff: 5000 }] } });
    await bumpPricingVersion(); // made straight in the database: tell the candidate cache
    const shopper = await makeShopper();
    const lines = [{ skuId: sku.id, quantity: 1 }];
    const shown = await priceCheckout({ shopperId: shopper.id, lines, autoSelectCoupons: true });
    expect(shown.total).toBe(25000);
    await changePromotionStatus(admin, promo.id, "terminate", "ended early");
    const attempt = submitOrder({ shopperId: shopper.id, lines, idempotencyKey: "changed-1", expectedTotal: shown.total });
    await expect(attempt).rejects.toMatchObject({ code: "PRICE_CHANGED", details: { expectedTotal: 25000, total: 30000 } });
    expect(await db.order.count({ where: { shopperId: shopper.id } })).toBe(0);
    const { order } = await submitOrder({ shopperId: shopper.id, lines, idempotencyKey: "changed-2", expectedTotal: 30000 });
    expect(order.total).toBe(30000);
  });
});
