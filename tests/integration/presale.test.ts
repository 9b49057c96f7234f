import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { closeQueues } from "@/lib/jobs/queues";
import { payOrder } from "@/lib/orders/pay-order";
import { cancelOrder } from "@/lib/orders/cancel-order";
import { requestRefund } from "@/lib/orders/refund-order";
import { systemActor } from "@/lib/auth/shopper-scope";
import { placeDeposit } from "@/lib/presale/place-deposit";
import { placeBalance } from "@/lib/presale/place-balance";
import { sweepPresales } from "@/lib/presale/presale-lifecycle";
import { cancelPresale } from "@/lib/presale/cancel-presale";
import { presaleReport } from "@/lib/presale/presale-report";
import { myPresales } from "@/lib/presale/my-presales";
import { createPromotionBodySchema } from "@/lib/promotions/promotion-schemas";
import { makeCoupon, makePromotion, makeShop, makeShopper, makeSku, makeStaff, resetDb } from "./fixtures";

afterAll(closeQueues);

// 预售 end to end (SPEC §3 PRESALE): a ¥500 TV, deposit ¥50 worth ¥100. The deposit window is the
// promotion's (an hour either side of now); the balance window opens 2 h from now for a day.
const H = 3_600_000;
const T0 = Date.now();
const at = (hours: number) => new Date(T0 + hours * H);

async function presale(o: { stock?: number; skuStock?: number; perUserLimit?: number } = {}) {
  const shop = await makeShop("Presale", 0);
  const sku = await makeSku(shop.id, 50000, { stock: o.skuStock ?? 100 });
  const rules = { items: [{ skuId: sku.id, deposit: 5000, depositValue: 10000, stock: o.stock ?? 10, perUserLimit: o.perUserLimit ?? 2 }], balanceStartsAt: at(2).toISOString(), balanceEndsAt: at(26).toISOString() };
  const p = await makePromotion({ shopId: shop.id, type: "PRESALE", rules, scope: { skuIds: [sku.id] }, startsAt: at(-1), endsAt: at(1) });
  return { shop, sku, p };
}
const key = () => `k-${Math.random().toString(36).slice(2, 12)}`;
const skuStock = async (id: string) => (await db.sku.findUniqueOrThrow({ where: { id } })).stock;
const presaleSku = (promotionId: string, skuId: string) => db.promotionSku.findUniqueOrThrow({ where: { promotionId_skuId: { promotionId, skuId } } });

describe("presale (预售 定金膨胀)", () => {
  beforeEach(resetDb);

  it("deposit → pay → reminder → balance priced at balance time (满减 on the goods amount, a coupon) → pay; deposit kept from refunds unless the goods go back in full", async () => {
    const { shop, sku, p } = await presale();
    const s = await makeShopper();
    const dep = await placeDeposit(s.id, { promotionId: p.id, skuId: sku.id, quantity: 1, idempotencyKey: key() }, at(0));
    expect(dep.order.total).toBe(5000);
    expect(await skuStock(sku.id)).toBe(99);
    expect((await presaleSku(p.id, sku.id)).pending).toBe(1);
    await payOrder(s.id, dep.order.id, true, at(0));
    expect((await db.presaleDeposit.findUniqueOrThrow({ where: { id: dep.presaleId! } })).status).toBe("DEPOSIT_PAID");
    expect(await presaleSku(p.id, sku.id)).toMatchObject({ pending: 0, sold: 1 });
    // before the window: refused; the shopper cannot get the deposit back
    await expect(placeBalance(s.id, dep.presaleId!, { idempotencyKey: key() }, at(1.5))).rejects.toMatchObject({ code: "NOT_STARTED" });
    await expect(requestRefund(s.id, dep.order.id, { lines: [{ skuId: sku.id, quantity: 1 }], reason: "changed my mind" }, at(1))).rejects.toMatchObject({ code: "DEPOSIT_NON_REFUNDABLE" });

    // the window opens: one reminder in the inbox, however many sweeps
    expect(await sweepPresales(at(2.1))).toMatchObject({ reminded: 1, forfeited: 0 });
    await sweepPresales(at(2.2));
    expect(await db.message.count({ where: { shopperId: s.id } })).toBe(1);

    // promotions of balance day: the shop's 满 ¥500 减 ¥30 counts the ¥500 goods amount; a ¥20 coupon
    await makePromotion({ shopId: shop.id, type: "FULL_REDUCTION", rules: { basis: "AMOUNT", tiers: [{ threshold: 50000, amountOff: 3000 }] }, startsAt: at(2), endsAt: at(30) });
    const coupon = await makeCoupon(s.id, { shopId: shop.id, amountOff: 2000 });
    const mine = await myPresales(s.id, at(3));
    expect(mine[0].balanceNow).toEqual({ total: 35000, finalPrice: 40000 });
    const bal = await placeBalance(s.id, dep.presaleId!, { idempotencyKey: "balance-key-1", couponIds: [coupon.id], expectedTotal: 35000 }, at(3));
    expect(bal.order).toMatchObject({ total: 35000, subtotal: 50000, pricing: { orderDiscount: 13000, couponDiscount: 2000 } });
    expect(await skuStock(sku.id)).toBe(99); // the deposit holds the unit: the balance takes none
    // the same key answers the same order; a second key while it waits answers it too
    expect((await placeBalance(s.id, dep.presaleId!, { idempotencyKey: "balance-key-1" }, at(3))).order.id).toBe(bal.order.id);
    expect((await placeBalance(s.id, dep.presaleId!, { idempotencyKey: key() }, at(3))).order.id).toBe(bal.order.id);
    await payOrder(s.id, bal.order.id, true, at(3.1));
    expect((await db.presaleDeposit.findUniqueOrThrow({ where: { id: dep.presaleId! } })).status).toBe("BALANCE_PAID");
    expect(await db.orderDiscount.aggregate({ where: { orderId: bal.order.id, promotionId: p.id }, _sum: { amount: true } })).toMatchObject({ _sum: { amount: 10000 } });

    const report = await presaleReport(p.id);
    expect(report).toMatchObject({ depositsPaid: { count: 1, amount: 5000 }, balancesPaid: { count: 1, units: 1, amount: 35000 }, forfeited: { count: 0 }, conversionBp: 10000 });

    // the goods back in full: the balance is refunded by §6 and the deposit with it; stock counted once
    await requestRefund(s.id, bal.order.id, { lines: [{ skuId: sku.id, quantity: 1 }], reason: "broken screen" }, at(4));
    const [balance, deposit] = await Promise.all([db.order.findUniqueOrThrow({ where: { id: bal.order.id } }), db.order.findUniqueOrThrow({ where: { id: dep.order.id } })]);
    expect([balance.status, balance.refundedAmount]).toEqual(["REFUNDED", 35000]);
    expect([deposit.status, deposit.refundedAmount]).toEqual(["REFUNDED", 5000]);
    expect(await skuStock(sku.id)).toBe(100);
  });

  it("an unpaid balance by the window's end forfeits the deposit and releases the unit; no balance after", async () => {
    const { sku, p } = await presale();
    const s = await makeShopper();
    const dep = await placeDeposit(s.id, { promotionId: p.id, skuId: sku.id, quantity: 2, idempotencyKey: key() }, at(0));
    await payOrder(s.id, dep.order.id, true, at(0));
    expect(await skuStock(sku.id)).toBe(98);
    // a balance order placed and left unpaid cannot outlive the window
    const bal = await placeBalance(s.id, dep.presaleId!, { idempotencyKey: key() }, at(25.9));
    expect(new Date(bal.order.expiresAt).getTime()).toBe(at(26).getTime());
    expect(await sweepPresales(at(26))).toMatchObject({ forfeited: 1 });
    expect(await sweepPresales(at(27))).toMatchObject({ forfeited: 0 });
    expect((await db.presaleDeposit.findUniqueOrThrow({ where: { id: dep.presaleId! } })).status).toBe("FORFEITED");
    expect(await skuStock(sku.id)).toBe(100);
    expect((await presaleSku(p.id, sku.id)).sold).toBe(0);
    await expect(payOrder(s.id, bal.order.id, true, at(26))).rejects.toMatchObject({ code: "INVALID_STATE" });
    await expect(placeBalance(s.id, dep.presaleId!, { idempotencyKey: key() }, at(26.5))).rejects.toMatchObject({ code: "INVALID_STATE" });
    expect((await db.order.findUniqueOrThrow({ where: { id: dep.order.id } })).refundedAmount).toBe(0);
    expect(await presaleReport(p.id)).toMatchObject({ depositsPaid: { count: 1, units: 2, amount: 10000 }, forfeited: { count: 1, amount: 10000 }, conversionBp: 0 });
  });

  it("the shop cancels: the deposit is refunded in full and the units released; another shop's staff cannot", async () => {
    const { shop, sku, p } = await presale();
    const s = await makeShopper();
    const dep = await placeDeposit(s.id, { promotionId: p.id, skuId: sku.id, quantity: 1, idempotencyKey: key() }, at(0));
    await payOrder(s.id, dep.order.id, true, at(0));
    const other = await makeShop("Other", 0);
    await expect(cancelPresale(await makeStaff("ADMIN", other.id), dep.presaleId!, "not ours", at(0.5))).rejects.toMatchObject({ code: "NOT_FOUND" });
    const staff = await makeStaff("OPERATOR", shop.id);
    const row = await cancelPresale(staff, dep.presaleId!, "the supplier failed", at(0.5));
    expect(row.status).toBe("CANCELLED");
    expect(await cancelPresale(staff, dep.presaleId!, "twice", at(0.6))).toMatchObject({ status: "CANCELLED" });
    const deposit = await db.order.findUniqueOrThrow({ where: { id: dep.order.id } });
    expect([deposit.status, deposit.refundedAmount]).toEqual(["REFUNDED", 5000]);
    expect(await skuStock(sku.id)).toBe(100);
    expect((await presaleSku(p.id, sku.id)).sold).toBe(0);
    expect(await db.auditLog.count({ where: { entity: "presale", entityId: dep.presaleId! } })).toBe(1);
    expect(await presaleReport(p.id)).toMatchObject({ cancelled: { count: 1, amount: 5000 }, conversionBp: null });
  });

  it("concurrent deposits on the last unit: exactly one gets it; a timed-out deposit gives it back", async () => {
    const { sku, p } = await presale({ stock: 1 });
    const shoppers = await Promise.all(Array.from({ length: 8 }, () => makeShopper()));
    const results = await Promise.allSettled(shoppers.map((s) => placeDeposit(s.id, { promotionId: p.id, skuId: sku.id, quantity: 1, idempotencyKey: key() }, at(0))));
    const won = results.filter((r) => r.status === "fulfilled");
    expect(won).toHaveLength(1);
    for (const r of results) if (r.status === "rejected") expect(r.reason).toMatchObject({ code: "SOLD_OUT" });
    expect(await db.presaleDeposit.count()).toBe(1);
    expect(await skuStock(sku.id)).toBe(99);
    const orderId = (won[0] as PromiseFulfilledResult<Awaited<ReturnType<typeof placeDeposit>>>).value.order.id;
    await cancelOrder(systemActor("timeout"), orderId, "TIMEOUT", at(0.6));
    expect(await presaleSku(p.id, sku.id)).toMatchObject({ pending: 0, sold: 0 });
    expect(await skuStock(sku.id)).toBe(100);
    expect(await presaleReport(p.id)).toMatchObject({ expiredDeposits: { count: 1 }, depositsPaid: { count: 0 } });
    // the unit is free again
    await expect(placeDeposit(shoppers[0].id, { promotionId: p.id, skuId: sku.id, quantity: 1, idempotencyKey: key() }, at(0.7))).resolves.toMatchObject({ created: true });
  });

  it("limits and windows: per-shopper limit, outside the deposit window, a SKU not in the presale", async () => {
    const { sku, p } = await presale({ perUserLimit: 1 });
    const s = await makeShopper();
    await placeDeposit(s.id, { promotionId: p.id, skuId: sku.id, quantity: 1, idempotencyKey: key() }, at(0));
    await expect(placeDeposit(s.id, { promotionId: p.id, skuId: sku.id, quantity: 1, idempotencyKey: key() }, at(0))).rejects.toMatchObject({ code: "LIMIT_REACHED" });
    await expect(placeDeposit(s.id, { promotionId: p.id, skuId: sku.id, quantity: 2, idempotencyKey: key() }, at(0))).rejects.toMatchObject({ code: "LIMIT_REACHED" });
    await expect(placeDeposit(s.id, { promotionId: p.id, skuId: sku.id, quantity: 1, idempotencyKey: key() }, at(1.5))).rejects.toMatchObject({ code: "ENDED" });
    const other = await makeSku(p.shopId!, 1000);
    await expect(placeDeposit(s.id, { promotionId: p.id, skuId: other.id, quantity: 1, idempotencyKey: key() }, at(0))).rejects.toMatchObject({ code: "VALIDATION_FAILED" });
  });

  it("bad input: depositValue below the deposit, a balance window starting before the presale ends — field errors", () => {
    const body = {
      name: "双11 预售",
      type: "PRESALE",
      shopId: "shop-1",
      startsAt: "2026-11-01T00:00:00+08:00",
      endsAt: "2026-11-10T00:00:00+08:00",
      audience: {},
      scope: {},
      limits: {},
      stacking: {},
      rules: { items: [{ skuId: "sku-1", deposit: 5000, depositValue: 4000, stock: 10 }], balanceStartsAt: "2026-11-09T00:00:00+08:00", balanceEndsAt: "2026-11-12T00:00:00+08:00" },
    };
    const r = createPromotionBodySchema.safeParse(body);
    expect(r.success).toBe(false);
    expect(r.error!.issues.map((i) => i.path.join("."))).toEqual(expect.arrayContaining(["rules.items.0.depositValue"]));
    const windowOnly = createPromotionBodySchema.safeParse({ ...body, rules: { ...body.rules, items: [{ skuId: "sku-1", deposit: 5000, depositValue: 10000, stock: 10 }] } });
    expect(windowOnly.error!.issues).toEqual([expect.objectContaining({ path: ["rules", "balanceStartsAt"], message: "must not start before the presale ends" })]);
  });
});
