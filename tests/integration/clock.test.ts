import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { redis } from "@/lib/redis/client";
import { tick, clockStatus } from "@/lib/clock/clock";
import { submitOrder } from "@/lib/orders/submit-order";
import { requeueLostJobs } from "@/lib/jobs/requeue-lost-jobs";
import { queue, closeQueues } from "@/lib/jobs/queues";
import { makePromotion, makeShop, makeShopper, makeSku, resetDb } from "./fixtures";

afterAll(closeQueues);

describe("the clock: the database says what is due (issue 20)", () => {
  beforeEach(resetDb);

  it("one tick cancels due unpaid orders and moves promotions, with no job in Redis at all", async () => {
    const shop = await makeShop("C");
    const sku = await makeSku(shop.id, 1000, { stock: 5 });
    const shopper = await makeShopper();
    const { order } = await submitOrder({ shopperId: shopper.id, idempotencyKey: "clock-order-1", lines: [{ skuId: sku.id, quantity: 2 }] });
    await redis.flushdb(); // the per-order delayed job is gone
    await db.order.update({ where: { id: order.id }, data: { expiresAt: new Date(Date.now() - 1_000) } });
    const p = await makePromotion({ shopId: shop.id, type: "DISCOUNT", rules: { percentOff: 5 }, status: "SCHEDULED", startsAt: new Date(Date.now() - 1_000) });
    expect(await tick(Date.now() + 60_000)).toBe("ran");
    expect((await db.order.findUniqueOrThrow({ where: { id: order.id } })).status).toBe("CANCELLED");
    expect((await db.sku.findUniqueOrThrow({ where: { id: sku.id } })).stock).toBe(5);
    expect((await db.promotion.findUniqueOrThrow({ where: { id: p.id } })).status).toBe("ACTIVE");
    expect(clockStatus().every((t) => t.error === null)).toBe(true);
  });

  it("a background job whose queue entry was lost with Redis is queued again under its own id", async () => {
    const job = await db.job.create({ data: { type: "report-export", params: { promotionId: "none" }, createdAt: new Date(Date.now() - 60_000) } });
    await redis.flushdb();
    expect(await requeueLostJobs()).toBe(1);
    expect(await (await queue("report-export").getJob(job.id))?.getState()).toMatch(/waiting|active|completed|failed|delayed/);
    expect(await requeueLostJobs()).toBe(0); // its entry is there now: nothing twice
  });
});
