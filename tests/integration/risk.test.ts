import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { closeQueues } from "@/lib/jobs/queues";
import { claimCoupon } from "@/lib/coupons/claim-coupon";
import { submitOrder } from "@/lib/orders/submit-order";
import { payOrder } from "@/lib/orders/pay-order";
import { requestRefund } from "@/lib/orders/refund-order";
import { addToBlacklist, removeFromBlacklist } from "@/lib/risk/risk-blacklist";
import { reviewRiskDecision, riskReport, saveRiskSettings } from "@/lib/risk/risk-review";
import { forgetRiskSettings } from "@/lib/risk/risk-settings";
import { riskSettingsBodySchema } from "@/lib/risk/risk-schemas";
import { makeCoupon, makeShop, makeShopper, makeSku, makeStaff, resetDb } from "./fixtures";

afterAll(closeQueues);

async function campaign(shopId: string, amountOff = 1000, perUserLimit = 10) {
  const t = await db.couponTemplate.create({ data: { shopId, name: "risk coupon", kind: "AMOUNT_OFF", amountOff, threshold: 0, totalQuantity: 1000, validDays: 7, platformShare: 0, shopShare: 100 } });
  return db.couponCampaign.create({ data: { templateId: t.id, shopId, name: "risk campaign", claimStartsAt: new Date(Date.now() - 3_600_000), claimEndsAt: new Date(Date.now() + 86_400_000), totalQuantity: 1000, perUserLimit } });
}

describe("risk control (风控)", () => {
  beforeEach(async () => {
    await resetDb();
    forgetRiskSettings();
  });

  it("a blacklisted shopper, IP or device is refused with its reason and nothing is claimed; off the list, it works", async () => {
    const shop = await makeShop("Risk", 0);
    const admin = await makeStaff("ADMIN", shop.id);
    const c = await campaign(shop.id);
    const s = await makeShopper();
    const entry = await addToBlacklist(admin, { kind: "DEVICE", value: "dev-bad-0001", reason: "bot farm" });
    await expect(claimCoupon(s.id, c.id, undefined, new Date(), { ip: "203.0.113.7", deviceId: "dev-bad-0001" })).rejects.toMatchObject({ code: "RISK_REFUSED", details: { reasons: ["BLACKLISTED"] } });
    expect((await db.couponCampaign.findUniqueOrThrow({ where: { id: c.id } })).claimedCount).toBe(0);
    expect(await db.riskDecision.findFirstOrThrow({ where: { verdict: "REFUSE" } })).toMatchObject({ action: "CLAIM", shopperId: s.id, reasons: ["BLACKLISTED"], valueCents: 1000 });
    await removeFromBlacklist(admin, entry.id);
    await expect(claimCoupon(s.id, c.id, undefined, new Date(), { ip: "203.0.113.7", deviceId: "dev-bad-0001" })).resolves.toMatchObject({ created: true });
    expect(await db.auditLog.count({ where: { entity: "risk-blacklist" } })).toBe(2);
  });

  it("many accounts from one IP are held for review; staff reject it and the coupon is revoked; the report counts what was held", async () => {
    const shop = await makeShop("Farm", 0);
    const admin = await makeStaff("ADMIN", shop.id);
    await saveRiskSettings(admin, { accountsPerIpPerHour: 3 });
    const c = await campaign(shop.id);
    const shoppers = await Promise.all(Array.from({ length: 5 }, () => makeShopper()));
    const now = new Date();
    for (const s of shoppers) await claimCoupon(s.id, c.id, undefined, now, { ip: "198.51.100.9", deviceId: null });
    const held = await db.riskDecision.findMany({ where: { verdict: "REVIEW" }, orderBy: { createdAt: "asc" } });
    expect(held).toHaveLength(2);
    expect(held[0]).toMatchObject({ reasons: ["MANY_ACCOUNTS_IP"], reviewStatus: "PENDING" });
    const coupon = await db.userCoupon.findUniqueOrThrow({ where: { id: held[0].subject! } });
    expect(coupon.state).toBe("UNUSED");
    await expect(reviewRiskDecision(await makeStaff("ADMIN", (await makeShop("Other", 0)).id), held[0].id, "REJECT", undefined)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await reviewRiskDecision(admin, held[0].id, "REJECT", "one person, five accounts");
    expect((await db.userCoupon.findUniqueOrThrow({ where: { id: coupon.id } })).state).toBe("EXPIRED");
    await reviewRiskDecision(admin, held[1].id, "APPROVE", undefined);
    const report = await riskReport(admin);
    expect(report.byAction.find((a) => a.action === "CLAIM")).toMatchObject({ review: 2, reviewValue: 2000, allowed: 3 });
    expect(report.reasons).toEqual([{ reason: "MANY_ACCOUNTS_IP", n: 2 }]);
    expect(report.pendingReviews).toBe(0);
  });

  it("an order with a high-value coupon from a shopper who refunds after coupons is held; rejecting it cancels the unpaid order", async () => {
    const shop = await makeShop("Orders", 0);
    const admin = await makeStaff("ADMIN", shop.id);
    await saveRiskSettings(admin, { highValueCents: 2000, refundAbuseCount: 1 });
    const sku = await makeSku(shop.id, 10000);
    const s = await makeShopper();
    // an earlier coupon order, refunded
    const c1 = await makeCoupon(s.id, { shopId: shop.id, amountOff: 500 });
    const first = await submitOrder({ shopperId: s.id, lines: [{ skuId: sku.id, quantity: 1 }], couponIds: [c1.id], idempotencyKey: "risk-order-1" });
    await payOrder(s.id, first.order.id);
    await requestRefund(s.id, first.order.id, { lines: [{ skuId: sku.id, quantity: 1 }], reason: "changed my mind" });
    const c2 = await makeCoupon(s.id, { shopId: shop.id, amountOff: 3000 });
    const second = await submitOrder({ shopperId: s.id, lines: [{ skuId: sku.id, quantity: 1 }], couponIds: [c2.id], idempotencyKey: "risk-order-2" });
    const d = await db.riskDecision.findFirstOrThrow({ where: { verdict: "REVIEW" } });
    expect(d).toMatchObject({ action: "ORDER", subject: second.order.id, valueCents: 3000 });
    expect(d.reasons.sort()).toEqual(["HIGH_VALUE", "NEW_ACCOUNT", "REFUND_ABUSE"]); // 20 + 10 + 30: held (review at 50)
    await reviewRiskDecision(admin, d.id, "REJECT", undefined);
    expect((await db.order.findUniqueOrThrow({ where: { id: second.order.id } })).status).toBe("CANCELLED");
    // the coupon came back with the cancellation
    expect((await db.userCoupon.findUniqueOrThrow({ where: { id: c2.id } })).state).toBe("UNUSED");
  });

  it("settings: impossible thresholds are field errors; the review score may not pass the refuse score", async () => {
    expect(riskSettingsBodySchema.safeParse({ reviewScore: 0 }).error?.issues[0].path).toEqual(["reviewScore"]);
    expect(riskSettingsBodySchema.safeParse({ perIpPerMinute: 2_147_483_648 }).success).toBe(false);
    const admin = await makeStaff("ADMIN", (await makeShop("S", 0)).id);
    await expect(saveRiskSettings(admin, { reviewScore: 90, refuseScore: 60 })).rejects.toMatchObject({ code: "VALIDATION_FAILED", fields: { reviewScore: expect.any(String) } });
  });
});
