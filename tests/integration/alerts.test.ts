import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { closeQueues } from "@/lib/jobs/queues";
import { submitOrder } from "@/lib/orders/submit-order";
import { payOrder } from "@/lib/orders/pay-order";
import { evaluateAlerts } from "@/lib/alerts/evaluate-alerts";
import { createAlertRule, decideAlert, listAlerts } from "@/lib/alerts/alert-rules";
import { createAlertRuleBodySchema } from "@/lib/alerts/alert-schemas";
import { flushFlashAttempts, recordFlashAttempt } from "@/lib/live/live-counters";
import { makePromotion, makeShop, makeShopper, makeSku, makeStaff, resetDb } from "./fixtures";

afterAll(closeQueues);

describe("alerts", () => {
  beforeEach(resetDb);

  it("budget 80 %: one alert per condition until it clears, with its webhook event and the staff's email; acknowledge and resolve are audited", async () => {
    const shop = await makeShop("Alerts", 0);
    const sku = await makeSku(shop.id, 6000);
    const p = await makePromotion({ shopId: shop.id, type: "FULL_REDUCTION", rules: { basis: "AMOUNT", tiers: [{ threshold: 5000, amountOff: 500 }] }, limits: { budget: 1000 } });
    const admin = await makeStaff("ADMIN", shop.id);
    await createAlertRule(admin, { kind: "BUDGET_BURN", threshold: 80, promotionId: p.id });
    const s = await makeShopper();
    const pay = async (k: string) => payOrder(s.id, (await submitOrder({ shopperId: s.id, lines: [{ skuId: sku.id, quantity: 1 }], idempotencyKey: k })).order.id);
    await pay("alert-order-1");
    expect(await evaluateAlerts()).toEqual([]); // 50 %
    await pay("alert-order-2");
    const raised = await evaluateAlerts(); // 100 %
    expect(raised).toHaveLength(1);
    expect(await evaluateAlerts()).toEqual([]); // still firing: the same alert, not a second
    const [alert] = await listAlerts(admin, { take: 10 });
    expect(alert).toMatchObject({ kind: "BUDGET_BURN", status: "OPEN", value: 100, threshold: 80, subject: p.id });
    expect(await db.webhookEvent.count({ where: { type: "alert.raised" } })).toBe(1);
    expect(await db.providerSend.count({ where: { channel: "EMAIL", to: { contains: "@t.test" }, deliveryId: "alerts" } })).toBeGreaterThanOrEqual(1);

    await decideAlert(admin, alert.id, "ACKNOWLEDGED", { note: "raising the budget" });
    // the budget is raised: the condition clears and the alert resolves itself
    await db.promotion.update({ where: { id: p.id }, data: { limits: { budget: 100000 } } });
    await evaluateAlerts();
    expect(await db.alert.findUniqueOrThrow({ where: { id: alert.id } })).toMatchObject({ status: "RESOLVED", resolvedBy: "cleared", acknowledgedBy: admin.name });
    expect(await db.auditLog.count({ where: { entity: "alert", entityId: alert.id } })).toBe(1);
    // other shops' staff see none of it
    const other = await makeStaff("ADMIN", (await makeShop("Other", 0)).id);
    expect(await listAlerts(other, { take: 10 })).toEqual([]);
    await expect(decideAlert(other, alert.id, "RESOLVED", {})).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("stock low on a flash sale, and a shop-wide rule watching every live promotion of the shop", async () => {
    const shop = await makeShop("Stock", 0);
    const sku = await makeSku(shop.id, 9900, { stock: 50 });
    const p = await makePromotion({ shopId: shop.id, type: "FLASH_SALE", rules: { items: [{ skuId: sku.id, flashPrice: 990, stock: 3, perUserLimit: 1 }] }, scope: { skuIds: [sku.id] } });
    const op = await makeStaff("OPERATOR", shop.id);
    await createAlertRule(op, { kind: "STOCK_LOW", threshold: 5 });
    const raised = await evaluateAlerts();
    expect(raised).toHaveLength(1);
    expect((await db.alert.findFirstOrThrow()).subject).toBe(p.id);
  });

  it("far above normal: claims in the last minute against the hour before, flash attempts in the last 10 s against the 50 s before", async () => {
    const shop = await makeShop("Spikes", 0);
    const op = await makeStaff("OPERATOR", shop.id);
    const t = await db.couponTemplate.create({ data: { shopId: shop.id, name: "spike coupon", kind: "AMOUNT_OFF", amountOff: 500, threshold: 0, totalQuantity: 10000, validDays: 7, platformShare: 0, shopShare: 100 } });
    const campaign = await db.couponCampaign.create({ data: { templateId: t.id, shopId: shop.id, name: "spike campaign", claimStartsAt: new Date(Date.now() - 7_200_000), claimEndsAt: new Date(Date.now() + 86_400_000), totalQuantity: 10000, perUserLimit: 1 } });
    await createAlertRule(op, { kind: "CLAIM_SPIKE", threshold: 300, campaignId: campaign.id });
    const now = new Date();
    const claim = async (minutesAgo: number) => {
      const s = await makeShopper();
      await db.userCoupon.create({ data: { templateId: t.id, campaignId: campaign.id, shopperId: s.id, source: "CLAIM", validFrom: now, validTo: new Date(now.getTime() + 86_400_000), createdAt: new Date(now.getTime() - minutesAgo * 60_000) } });
    };
    for (let i = 0; i < 60; i++) await claim(1.5 + i); // the hour before: one a minute
    for (let i = 0; i < 2; i++) await claim(0.5); // normal minute: 2 (< 3× and below the volume floor)
    expect(await evaluateAlerts(now)).toEqual([]);
    for (let i = 0; i < 10; i++) await claim(0.2); // now 12 in the last minute: 12× normal
    const raised = await evaluateAlerts(now);
    expect(raised).toHaveLength(1);
    expect(await db.alert.findUniqueOrThrow({ where: { id: raised[0] } })).toMatchObject({ kind: "CLAIM_SPIKE", subject: campaign.id, value: 1200 });

    const sku = await makeSku(shop.id, 9900, { stock: 50 });
    const flash = await makePromotion({ shopId: shop.id, type: "FLASH_SALE", rules: { items: [{ skuId: sku.id, flashPrice: 990, stock: 5, perUserLimit: 1 }] }, scope: { skuIds: [sku.id] } });
    await createAlertRule(op, { kind: "ATTEMPT_SPIKE", threshold: 500, promotionId: flash.id });
    const t0 = now.getTime();
    for (let s = 59; s >= 10; s--) recordFlashAttempt(flash.id, "SOLD_OUT", t0 - s * 1000); // 1/s for 50 s
    for (let s = 9; s >= 0; s--) for (let k = 0; k < 8; k++) recordFlashAttempt(flash.id, "SOLD_OUT", t0 - s * 1000); // then 8/s
    await flushFlashAttempts();
    const spiked = await evaluateAlerts(now);
    expect(spiked).toHaveLength(1);
    expect(await db.alert.findUniqueOrThrow({ where: { id: spiked[0] } })).toMatchObject({ kind: "ATTEMPT_SPIKE", subject: flash.id, value: 800 });
  });

  it("impossible thresholds and crossed kinds are field errors", () => {
    const bad = (b: object) => createAlertRuleBodySchema.safeParse(b).error?.issues.map((i) => i.path.join("."));
    expect(bad({ kind: "BUDGET_BURN", threshold: 150 })).toEqual(["threshold"]);
    expect(bad({ kind: "STOCK_LOW", threshold: -1 })).toEqual(["threshold"]);
    expect(bad({ kind: "ATTEMPT_RATE", threshold: 1.5 })).toEqual(["threshold"]);
    expect(bad({ kind: "CLAIM_RATE", threshold: 10, promotionId: "p1" })).toEqual(["promotionId"]);
    expect(bad({ kind: "NOPE", threshold: 1 })).toEqual(["kind"]);
    expect(bad({ kind: "CLAIM_SPIKE", threshold: 100 })).toEqual(["threshold"]); // "100 % of normal" is normal
  });
});
