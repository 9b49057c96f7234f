import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { submitOrder } from "@/lib/orders/submit-order";
import { payOrder } from "@/lib/orders/pay-order";
import { promotionReport } from "@/lib/analytics/promotion-report";
import { requestReportExport, runReportExport } from "@/lib/analytics/export-report";
import { jobFileText } from "@/lib/jobs/job-file";
import { actorFromToken } from "@/lib/auth/session-actor";
import { forgetStaff } from "@/lib/auth/staff-check";
import { signInWithPassword } from "@/lib/auth/sign-in";
import { hashPassword } from "@/lib/auth/passwords";
import { priceCheckout } from "@/lib/checkout/price-checkout";
import { changePromotionStatus } from "@/lib/promotions/promotion-lifecycle";
import { createPromotion } from "@/lib/promotions/create-promotion";
import { createPromotionBodySchema } from "@/lib/promotions/promotion-schemas";
import { getOrderDetail } from "@/lib/orders/order-detail";
import { closeQueues } from "@/lib/jobs/queues";
import { makePromotion, makeShop, makeShopper, makeSku, makeStaff, resetDb } from "./fixtures";

afterAll(closeQueues);
const key = () => `k-${Math.random().toString(36).slice(2)}`;

describe("trust (issue 10)", () => {
  beforeEach(resetDb);

  it("a shop's report and export count only its lines of a mixed-shop order; platform reports are for platform staff", async () => {
    const [a, b] = [await makeShop("A", 800), await makeShop("B", 800)];
    const [skuA, skuB] = [await makeSku(a.id, 27500), await makeSku(b.id, 100000)];
    const promo = await makePromotion({ shopId: a.id, type: "FULL_REDUCTION", rules: { basis: "AMOUNT", tiers: [{ threshold: 20000, amountOff: 2500 }] } });
    const platformPromo = await makePromotion({ shopId: null, type: "FULL_REDUCTION", rules: { basis: "AMOUNT", tiers: [{ threshold: 100, amountOff: 100 }] } });
    const shopper = await makeShopper();
    const { order } = await submitOrder({ shopperId: shopper.id, idempotencyKey: key(), lines: [{ skuId: skuA.id, quantity: 1 }, { skuId: skuB.id, quantity: 1 }] });
    await payOrder(shopper.id, order.id);
    const lines = await db.orderLine.findMany({ where: { orderId: order.id } });
    const shipA = await db.orderShop.findUniqueOrThrow({ where: { orderId_shopId: { orderId: order.id, shopId: a.id } } });
    const gmvA = lines.filter((l) => l.shopId === a.id).reduce((s, l) => s + l.payable, 0) + shipA.shippingFee - shipA.shippingDiscount;
    // ¥275 − ¥25 (its 满减) − its share of the platform ¥1, shipping waived: the ¥1,000 of shop B never counts
    expect(gmvA).toBeLessThan(27500);
    const order2 = await db.order.findUniqueOrThrow({ where: { id: order.id } });
    expect(order2.total).toBeGreaterThan(100000);

    const r = await promotionReport(await makeStaff("ANALYST", a.id), promo.id);
    expect(r).toMatchObject({ orders: 1, gmv: gmvA, units: 1, discountCost: 2500 });
    const { jobId } = await requestReportExport(await makeStaff("ANALYST", a.id), promo.id);
    await runReportExport(jobId);
    const rows = (await jobFileText(jobId)).trim().split("\n").slice(1);
    expect(rows.map((l) => l.split(",")[4])).toEqual([skuA.id]);

    await expect(promotionReport(await makeStaff("ADMIN", a.id), platformPromo.id)).rejects.toMatchObject({ status: 403 });
    await expect(requestReportExport(await makeStaff("ADMIN", a.id), platformPromo.id)).rejects.toMatchObject({ status: 403 });
    expect((await promotionReport(await makeStaff("ANALYST", null), platformPromo.id)).gmv).toBe(order2.total);

    // shop staff read the order, their lines only; the shopper reads all of it
    const partial = await getOrderDetail(await makeStaff("ANALYST", a.id), order.id);
    expect(partial).toMatchObject({ partial: true, lines: [{ skuId: skuA.id }] });
    expect(partial).not.toHaveProperty("total");
    expect((await getOrderDetail(shopper.id, order.id)).lines).toHaveLength(2);
    await expect(getOrderDetail(await makeStaff("ANALYST", (await makeShop("C")).id), order.id)).rejects.toMatchObject({ status: 404 });
  });

  it("twelve concurrent payments of one order: every answer says PAID", async () => {
    const shop = await makeShop("P");
    const sku = await makeSku(shop.id, 5000);
    const shopper = await makeShopper();
    const { order } = await submitOrder({ shopperId: shopper.id, idempotencyKey: key(), lines: [{ skuId: sku.id, quantity: 1 }] });
    const answers = await Promise.allSettled(Array.from({ length: 12 }, () => payOrder(shopper.id, order.id)));
    expect(answers.map((a) => (a.status === "fulfilled" ? a.value.status : String(a.reason)))).toEqual(Array(12).fill("PAID"));
    expect(await db.analyticsEvent.count({ where: { type: "ORDER_PAID", orderId: order.id } })).toBe(1);
  });

  it("a deactivated or demoted staff member's session follows the row", async () => {
    const admin = await makeStaff("ADMIN", null);
    const token = { uid: admin.id, kind: "staff" as const, role: "ADMIN" as const, shopId: null, name: "x" };
    expect(await actorFromToken(token)).toMatchObject({ role: "ADMIN" });
    await db.staffUser.update({ where: { id: admin.id }, data: { role: "ANALYST" } });
    forgetStaff(admin.id);
    expect(await actorFromToken(token)).toMatchObject({ role: "ANALYST" });
    await db.staffUser.update({ where: { id: admin.id }, data: { active: false } });
    forgetStaff(admin.id);
    expect(await actorFromToken(token)).toBeNull();
  });

  it("sign-in: ten wrong passwords from one address, then 429 even for the right one", async () => {
    const shopper = await makeShopper();
    await db.shopper.update({ where: { id: shopper.id }, data: { email: "limit@t.test", passwordHash: await hashPassword("right-one") } });
    for (let i = 0; i < 10; i++) expect(await signInWithPassword("shopper", "limit@t.test", `wrong-${i}`, "10.0.0.1")).toBeNull();
    await expect(signInWithPassword("shopper", "limit@t.test", "right-one", "10.0.0.1")).rejects.toMatchObject({ code: "RATE_LIMITED", status: 429 });
    // another address is not locked out by this one's failures
    expect(await signInWithPassword("shopper", "limit@t.test", "right-one", "10.0.0.2")).toMatchObject({ user: { id: shopper.id } });
  });

  it("sign-in: ten failures across a window's edge still lock the address (clock anchored at the edge)", async () => {
    const shopper = await makeShopper();
    await db.shopper.update({ where: { id: shopper.id }, data: { email: "edge@t.test", passwordHash: await hashPassword("right-one") } });
    const edge = Math.ceil(Date.now() / 60_000) * 60_000 + 60_000;
    for (let i = 0; i < 6; i++) expect(await signInWithPassword("shopper", "edge@t.test", `wrong-${i}`, "10.0.0.9", edge - 2_000 + i)).toBeNull();
    for (let i = 0; i < 4; i++) expect(await signInWithPassword("shopper", "edge@t.test", `wrong-b${i}`, "10.0.0.9", edge + 500 + i)).toBeNull();
    await expect(signInWithPassword("shopper", "edge@t.test", "right-one", "10.0.0.9", edge + 1_000)).rejects.toMatchObject({ code: "RATE_LIMITED", details: { retryAfterSeconds: 59 } });
    // two windows later the failures have aged out
    expect(await signInWithPassword("shopper", "edge@t.test", "right-one", "10.0.0.9", edge + 120_500)).toMatchObject({ user: { id: shopper.id } });
  });

  it("read your writes in one process: an approval is priced by the very next request", async () => {
    const shop = await makeShop("R");
    const sku = await makeSku(shop.id, 20000);
    const shopper = await makeShopper();
    const admin = await makeStaff("ADMIN", shop.id);
    const before = (await priceCheckout({ shopperId: shopper.id, lines: [{ skuId: sku.id, quantity: 1 }], couponIds: [] })).total;
    const now = Date.now();
    const p = await createPromotion(admin, createPromotionBodySchema.parse({ name: "R", type: "DISCOUNT", startsAt: new Date(now - 60_000).toISOString(), endsAt: new Date(now + 3_600_000).toISOString(), scope: { skuIds: [sku.id] }, rules: { items: [{ skuId: sku.id, amountOff: 700 }] } }));
    await changePromotionStatus(admin, p.id, "submit");
    await changePromotionStatus(admin, p.id, "approve");
    expect((await priceCheckout({ shopperId: shopper.id, lines: [{ skuId: sku.id, quantity: 1 }], couponIds: [] })).total).toBe(before - 700);
    await changePromotionStatus(admin, p.id, "terminate", "done");
    expect((await priceCheckout({ shopperId: shopper.id, lines: [{ skuId: sku.id, quantity: 1 }], couponIds: [] })).total).toBe(before);
  });
});
