import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { attemptFlashSale } from "@/lib/flash-sale/attempt-flash-sale";
import { flashRedis } from "@/lib/flash-sale/flash-redis";
import { drainWins, processWins } from "@/lib/flash-sale/flash-wins";
import { writeFlashOrder } from "@/lib/flash-sale/write-flash-order";
import { compareCounters } from "@/lib/flash-sale/flash-counters";
import { keys } from "@/lib/redis/keys";
import { closeQueues } from "@/lib/jobs/queues";
import { makePromotion, makeShop, makeSku, resetDb } from "./fixtures";

// Issue 12 #2: wins are queued in Redis with the unit (same script) and written by consumers.
// A consumer that dies — before writing, or after writing but before acknowledging — leaves its
// entries pending; a live consumer claims them and every win becomes exactly one order.

afterAll(closeQueues);

async function sale(stock: number) {
  const shop = await makeShop("Flash");
  const sku = await makeSku(shop.id, 39900, { stock: 10_000 });
  const p = await makePromotion({ shopId: shop.id, type: "FLASH_SALE", rules: { items: [{ skuId: sku.id, flashPrice: 19900, stock, perUserLimit: 1 }] }, scope: { skuIds: [sku.id] }, stacking: { withCoupons: false, withPlatform: false, withOrderPromotions: false } });
  return { promotionId: p.id, skuId: sku.id };
}

describe("flash wins off the request path", () => {
  beforeEach(resetDb);

  it("a consumer killed mid-batch (some orders written, none acknowledged): another claims its entries and every win is one order", async () => {
    const s = await sale(40);
    const shoppers = await Promise.all(Array.from({ length: 40 }, (_, i) => db.shopper.create({ data: { name: `w${i}`, externalId: `wins-${i}-${Date.now()}`, firstOrderDone: true } })));
    const outs = await Promise.all(shoppers.map((x) => attemptFlashSale({ ...s, shopperId: x.id, quantity: 1, idempotencyKey: `k-${x.id}` })));
    expect(outs.every((o) => o.result === "WON" && o.queued)).toBe(true);
    expect(await db.order.count({ where: { source: "FLASH_SALE" } })).toBe(0);

    // the doomed consumer reads 25 entries and writes the orders of 10 of them, then dies (no ack)
    const stream = keys.flashSale(s.promotionId).wins;
    await flashRedis.xgroup("CREATE", stream, "writers", "0", "MKSTREAM").catch(() => undefined);
    const read = (await flashRedis.xreadgroup("GROUP", "writers", "doomed-1", "COUNT", 25, "STREAMS", stream, ">")) as [string, [string, string[]][]][];
    expect(read[0][1]).toHaveLength(25);
    for (const [, f] of read[0][1].slice(0, 10)) {
      const x = Object.fromEntries([0, 2, 4, 6].map((i) => [f[i], f[i + 1]]));
      await writeFlashOrder({ ...s, shopperId: x.s, quantity: Number(x.q), idempotencyKey: x.i });
    }
    expect(await db.order.count({ where: { source: "FLASH_SALE" } })).toBe(10);

    // a live consumer: the 15 not-yet-claimable entries wait for the idle time; with it they are claimed
    expect(await processWins(s.promotionId, flashRedis, 60_000)).toBe(15); // only the never-read ones
    expect(await db.order.count({ where: { source: "FLASH_SALE" } })).toBe(25);
    await drainWins(s.promotionId); // claims the doomed consumer's 25 (10 already written: answered, not doubled)
    const orders = await db.order.groupBy({ by: ["shopperId"], where: { source: "FLASH_SALE" }, _count: { _all: true } });
    expect(orders).toHaveLength(40);
    expect(orders.every((o) => o._count._all === 1)).toBe(true);
    expect(await flashRedis.xlen(stream)).toBe(0);
    // every shopper's same request now answers with their order
    for (const x of shoppers.slice(0, 5)) expect((await attemptFlashSale({ ...s, shopperId: x.id, quantity: 1, idempotencyKey: `k-${x.id}` })).orderId).toEqual(expect.any(String));
    expect((await compareCounters(s.promotionId))!.items[0]).toMatchObject({ left: 0, redisLeft: 0, queued: 0, agrees: true });
  });

  it("a win still queued when the sale ends is written at its price; settling a refused win twice gives the unit back once", async () => {
    const s = await sale(5);
    const shopper = await db.shopper.create({ data: { name: "late", externalId: `late-${Date.now()}`, firstOrderDone: true } });
    const attempt = { ...s, shopperId: shopper.id, quantity: 1, idempotencyKey: "late-1" };
    expect((await attemptFlashSale(attempt)).queued).toBe(true);
    await db.promotion.update({ where: { id: s.promotionId }, data: { status: "ENDED", endsAt: new Date() } });
    await drainWins(s.promotionId);
    const won = await attemptFlashSale(attempt);
    expect(won.orderId).toEqual(expect.any(String));
    expect((await db.order.findUniqueOrThrow({ where: { id: won.orderId! } })).total).toBe(19900);

    const { flashScripts } = await import("@/lib/flash-sale/flash-redis");
    const other = await sale(5);
    const x = await db.shopper.create({ data: { name: "x", externalId: `twice-${Date.now()}`, firstOrderDone: true } });
    expect((await attemptFlashSale({ ...other, shopperId: x.id, quantity: 1, idempotencyKey: "twice-1" })).queued).toBe(true);
    const scripts = flashScripts(flashRedis, other.promotionId);
    expect(await scripts.refuse(other.skuId, x.id, 1, "twice-1", true, "LIMIT_REACHED")).toBe(1);
    expect(await scripts.refuse(other.skuId, x.id, 1, "twice-1", true, "LIMIT_REACHED")).toBe(0);
    expect((await scripts.read()).stock[other.skuId]).toBe(5);
  });

  it("a win the database refuses (the SKU's own stock ran out) gives the unit back and the shopper's request says so", async () => {
    const s = await sale(5);
    await db.sku.update({ where: { id: s.skuId }, data: { stock: 0 } });
    const shopper = await db.shopper.create({ data: { name: "r", externalId: `refused-${Date.now()}`, firstOrderDone: true } });
    const attempt = { ...s, shopperId: shopper.id, quantity: 1, idempotencyKey: "refused-1" };
    expect((await attemptFlashSale(attempt)).queued).toBe(true);
    expect((await compareCounters(s.promotionId))!.items[0]).toMatchObject({ redisLeft: 4, queued: 1, agrees: true });
    await drainWins(s.promotionId);
    expect(await attemptFlashSale(attempt)).toEqual({ result: "SOLD_OUT" });
    expect(await db.order.count({ where: { shopperId: shopper.id } })).toBe(0);
  });
});
