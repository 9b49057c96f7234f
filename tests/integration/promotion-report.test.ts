import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { submitOrder } from "@/lib/orders/submit-order";
import { payOrder } from "@/lib/orders/pay-order";
import { cancelOrder } from "@/lib/orders/cancel-order";
import { refundOrder } from "@/lib/orders/refund-order";
import { promotionReport } from "@/lib/analytics/promotion-report";
import { flushEvents, recordViews } from "@/lib/analytics/record-event";
import { moneyOverview } from "@/lib/analytics/money-overview";
import { dayIn } from "@/lib/time/zone";
import { requestReportExport, runReportExport } from "@/lib/analytics/export-report";
import { jobFileText } from "@/lib/jobs/job-file";
import type { PriceResult } from "@/lib/pricing/price-result";
import { closeQueues } from "@/lib/jobs/queues";
import { makePromotion, makeShop, makeShopper, makeSku, makeStaff, resetDb } from "./fixtures";

afterAll(closeQueues);
const key = () => `k-${Math.random().toString(36).slice(2)}`;

describe("promotion report", () => {
  beforeEach(resetDb);

  it("figures reconcile with the orders: participants, paying users, GMV net of refunds, ledger cost, ROI, new customers, AOV, series", async () => {
    const shop = await makeShop("R", 800);
    const a = await makeSku(shop.id, 3333);
    const promo = await makePromotion({ shopId: shop.id, type: "FULL_REDUCTION", rules: { basis: "AMOUNT", tiers: [{ threshold: 10000, amountOff: 1000 }] } });
    const [fresh, back, quitter] = await Promise.all([makeShopper({ firstOrderDone: false }), makeShopper(), makeShopper()]);
    const placed: Awaited<ReturnType<typeof submitOrder>>["order"][] = [];
    for (const [s, q] of [[fresh, 4], [back, 4], [quitter, 5]] as const) placed.push((await submitOrder({ shopperId: s.id, idempotencyKey: key(), lines: [{ skuId: a.id, quantity: q }] })).order);
    await payOrder(fresh.id, placed[0].id);
    await payOrder(back.id, placed[1].id);
    await cancelOrder(quitter.id, placed[2].id);
    const refund = (await refundOrder(back.id, placed[1].id, { lines: [{ skuId: a.id, quantity: 1 }] })).refund;
    await db.analyticsEvent.createMany({ data: [fresh, back, quitter].map((s) => ({ type: "ACTIVITY_VIEW" as const, shopperId: s.id, promotionId: promo.id })) });

    const paid = placed.slice(0, 2);
    const costOf = (o: (typeof placed)[number]) => (o.pricing as unknown as PriceResult).applied.filter((x) => x.id === promo.id).reduce((s, x) => s + x.amount, 0);
    const cost = paid.reduce((s, o) => s + costOf(o), 0);
    const gmv = paid.reduce((s, o) => s + o.total, 0) - refund.amount;

    const r = await promotionReport(await makeStaff("ANALYST", shop.id), promo.id);
    expect(cost).toBe(2000); // 4 × ¥33.33 = ¥133.32 ≥ ¥100: ¥10 off each paid order (the refund does not change the ledger's cost)
    expect(r).toMatchObject({ viewers: 3, participants: 2, payingUsers: 2, orders: 2, refunded: refund.amount, gmv, discountCost: cost, newCustomers: 1, costPerNewCustomer: cost });
    expect(r.conversion).toBeCloseTo(2 / 3);
    expect(r.roi).toBeCloseTo(gmv / cost);
    expect(r.aov.during).toEqual({ orders: 2, average: Math.round((paid[0].total + paid[1].total) / 2) });
    // hourly buckets (the promotion runs 1 day); summed, so an hour boundary between the two payments changes nothing
    expect(r.bucket).toBe("hour");
    expect(r.series.reduce((a, x) => ({ orders: a.orders + x.orders, gmv: a.gmv + x.gmv, cost: a.cost + x.cost }), { orders: 0, gmv: 0, cost: 0 })).toEqual({ orders: 2, gmv, cost });

    // the CSV export (the job's worker part) lists the paid orders' lines with the ledger's discount
    const { jobId } = await requestReportExport(await makeStaff("ANALYST", shop.id), promo.id);
    await runReportExport(jobId);
    const job = await db.job.findUniqueOrThrow({ where: { id: jobId } });
    expect(job).toMatchObject({ status: "DONE", processed: 2, total: 2 });
    const rows = (await jobFileText(jobId)).trim().split("\n");
    expect(rows).toHaveLength(3);
    expect(rows.slice(1).reduce((a, line) => a + Number(line.split(",")[7]), 0)).toBe(cost);
    expect(rows.slice(1).reduce((a, line) => a + Number(line.split(",")[8]) - Number(line.split(",")[9]), 0)).toBe(gmv); // shipping is free here
  });

  it("views are recorded in batches outside the request, once per shopper and window however often the page is reloaded", async () => {
    const shop = await makeShop("V");
    const promo = await makePromotion({ shopId: shop.id, type: "FULL_REDUCTION", rules: { basis: "AMOUNT", tiers: [{ threshold: 10000, amountOff: 1000 }] } });
    const [s1, s2] = await Promise.all([makeShopper(), makeShopper()]);
    const at = new Date();
    for (let i = 0; i < 3; i++) recordViews("ACTIVITY_VIEW", s1.id, [promo], promo.id, at);
    recordViews("ACTIVITY_VIEW", s2.id, [promo], promo.id, at);
    recordViews("ACTIVITY_VIEW", null, [promo], promo.id, at); // visitors are not counted
    expect(await db.analyticsEvent.count()).toBe(0); // nothing written on the request's path
    await flushEvents();
    recordViews("ACTIVITY_VIEW", s1.id, [promo], promo.id, at); // a retry after the flush
    await flushEvents();
    expect(await db.analyticsEvent.count({ where: { type: "ACTIVITY_VIEW", promotionId: promo.id } })).toBe(2);
    expect((await promotionReport(await makeStaff("ANALYST", null), promo.id)).viewers).toBe(2);
  });

  it("the dashboard's 30 days: a shop sees its own lines' GMV net of refunds and its own ledger cost; the platform sees all", async () => {
    const [s1, s2] = await Promise.all([makeShop("D1", 0), makeShop("D2", 0)]);
    const [a, b] = await Promise.all([makeSku(s1.id, 6000), makeSku(s2.id, 4000)]);
    await makePromotion({ shopId: s1.id, type: "FULL_REDUCTION", rules: { basis: "AMOUNT", tiers: [{ threshold: 10000, amountOff: 1500 }] } });
    const shopper = await makeShopper();
    const { order } = await submitOrder({ shopperId: shopper.id, idempotencyKey: key(), lines: [{ skuId: a.id, quantity: 2 }, { skuId: b.id, quantity: 1 }] });
    await payOrder(shopper.id, order.id);
    const refund = (await refundOrder(shopper.id, order.id, { lines: [{ skuId: b.id, quantity: 1 }] })).refund;
    const m1 = await moneyOverview(s1.id);
    const m2 = await moneyOverview(s2.id);
    const all = await moneyOverview(null);
    expect([m1.gmv, m1.cost, m1.orders]).toEqual([12000 - 1500, 1500, 1]);
    expect([m2.gmv, m2.cost]).toEqual([4000 - refund.amount, 0]);
    expect(refund.amount).toBe(4000);
    expect(all.gmv).toBe(m1.gmv + m2.gmv);
    expect(all.top).toEqual([expect.objectContaining({ cost: 1500, orders: 1 })]);
    expect(all.newCustomers).toBe(0); // the shopper was a returning one
    // every day of the window is in the series (zeros between orders), days in the shop's zone
    expect(m1.days.length).toBe(30);
    expect(new Set(m1.days.map((d) => d.day)).size).toBe(m1.days.length);
    expect(m1.days.filter((d) => d.orders > 0)).toEqual([{ day: dayIn(new Date(), "Asia/Shanghai"), orders: 1, gmv: 12000 - 1500, cost: 1500 }]);
    expect(m1.days.filter((d) => d.orders === 0).every((d) => d.gmv === 0 && d.cost === 0)).toBe(true);
  });

  it("another shop's staff cannot read it", async () => {
    const shop = await makeShop("A");
    const other = await makeShop("B");
    const promo = await makePromotion({ shopId: shop.id, type: "FULL_REDUCTION", rules: { basis: "AMOUNT", tiers: [{ threshold: 10000, amountOff: 1000 }] } });
    await expect(promotionReport(await makeStaff("ADMIN", other.id), promo.id)).rejects.toMatchObject({ status: 404 });
  });
});
