import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { closeQueues } from "@/lib/jobs/queues";
import { submitOrder } from "@/lib/orders/submit-order";
import { payOrder } from "@/lib/orders/pay-order";
import { evaluateAlerts } from "@/lib/alerts/evaluate-alerts";
import { createAlertRule, decideAlert, listAlerts } from "@/lib/alerts/alert-rules";
import { createAlertRuleBodySchema } from "@/lib/alerts/alert-schemas";
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

  it("impossible thresholds and crossed kinds are field errors", () => {
    const bad = (b: object) => createAlertRuleBodySchema.safeParse(b).error?.issues.map((i) => i.path.join("."));
    expect(bad({ kind: "BUDGET_BURN", threshold: 150 })).toEqual(["threshold"]);
    expect(bad({ kind: "STOCK_LOW", threshold: -1 })).toEqual(["threshold"]);
    expect(bad({ kind: "ATTEMPT_RATE", threshold: 1.5 })).toEqual(["threshold"]);
    expect(bad({ kind: "CLAIM_RATE", threshold: 10, promotionId: "p1" })).toEqual(["promotionId"]);
    expect(bad({ kind: "NOPE", threshold: 1 })).toEqual(["kind"]);
  });
});
