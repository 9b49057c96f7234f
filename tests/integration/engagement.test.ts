import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { checkIn, checkInStatus } from "@/lib/engagement/check-in";
import { createPointsProduct, exchangePoints } from "@/lib/engagement/points-mall";
import { createLottery, drawLottery, lotteryBodySchema, lotteryReport } from "@/lib/engagement/lottery";
import { adjustPoints, expirePoints, pointsHistory, reconcilePoints } from "@/lib/engagement/points-account";
import { addPoints } from "@/lib/members/points-ledger";
import { claimTask, recordTaskEvent, tasksOf } from "@/lib/engagement/tasks";
import { makePromotion } from "./fixtures";
import { closeQueues } from "@/lib/jobs/queues";
import { makeShopper, makeStaff, resetDb } from "./fixtures";

// Issue 14: check-in, the points mall, the lottery and the points account — each exact under
// concurrency, with the balance always equal to the ledger's sum.

afterAll(closeQueues);
const give = (shopperId: string, amount: number, sourceId = `seed-${Math.random()}`, expiresAt: Date | null = null) =>
  db.$transaction((tx) => addPoints(tx, { shopperId, amount, reason: "ADJUSTMENT", sourceId, expiresAt }));
const noonShanghai = (day: string) => new Date(`${day}T12:00:00+08:00`);

describe("engagement", () => {
  beforeEach(resetDb);

  it("check-in: 20 requests at once are one check-in; the streak runs across days and starts again after a gap; another day's request is refused", async () => {
    const s = await makeShopper();
    const day1 = noonShanghai("2026-12-01");
    const all = await Promise.all(Array.from({ length: 20 }, () => checkIn(s.id, day1)));
    expect(all.filter((r) => !r.already)).toHaveLength(1);
    expect(await db.checkIn.count()).toBe(1);
    expect((await db.shopper.findUniqueOrThrow({ where: { id: s.id } })).points).toBe(5);
    expect(await checkIn(s.id, noonShanghai("2026-12-02"))).toMatchObject({ streak: 2, points: 5 });
    expect(await checkIn(s.id, noonShanghai("2026-12-03"))).toMatchObject({ streak: 3, points: 10 });
    expect(await checkIn(s.id, noonShanghai("2026-12-05"))).toMatchObject({ streak: 1, points: 5 }); // a gap
    await expect(checkIn(s.id, noonShanghai("2026-12-06"), "2026-12-05")).rejects.toMatchObject({ fields: { day: expect.stringContaining("is not today") } });
    // 23:59 in Shanghai is still that day; 00:01 the next
    expect(await checkIn(s.id, new Date("2026-12-06T23:59:00+08:00"))).toMatchObject({ day: "2026-12-06", streak: 2 });
    expect(await checkIn(s.id, new Date("2026-12-07T00:01:00+08:00"))).toMatchObject({ day: "2026-12-07", streak: 3 });
    expect(await checkInStatus(s.id, noonShanghai("2026-12-07"))).toMatchObject({ checkedToday: true, streak: 3, nextReward: { cycleDay: 4, points: 10 } });
    expect(await reconcilePoints()).toMatchObject({ mismatches: [] });
  });

  it("points mall: 100 exchanges at once by one shopper never spend more than the balance; 500 shoppers on 10 units get exactly 10", async () => {
    const admin = await makeStaff("ADMIN", null);
    const tpl = await db.couponTemplate.create({ data: { shopId: null, name: "积分券", kind: "AMOUNT_OFF", amountOff: 500, threshold: 0, totalQuantity: 10_000, validDays: 30 } });
    const rich = await createPointsProduct(admin, { name: "¥5 券", kind: "COUPON", couponTemplateId: tpl.id, pointsCost: 100, stock: 1000, perUserLimit: 1000 });
    const s = await makeShopper();
    await give(s.id, 750);
    const results = await Promise.allSettled(Array.from({ length: 100 }, (_, i) => exchangePoints(s.id, rich.id, `ex-${i}-key`)));
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(7);
    expect(results.filter((r) => r.status === "rejected").every((r) => (r as PromiseRejectedResult).reason.code === "NOT_ENOUGH_POINTS")).toBe(true);
    expect((await db.shopper.findUniqueOrThrow({ where: { id: s.id } })).points).toBe(50);
    expect(await db.userCoupon.count({ where: { shopperId: s.id } })).toBe(7);
    // the same key again is the same exchange
    expect(await exchangePoints(s.id, rich.id, "ex-0-key").then((r) => r.replayed)).toBe(true);

    const scarce = await createPointsProduct(admin, { name: "限量", kind: "COUPON", couponTemplateId: tpl.id, pointsCost: 10, stock: 10, perUserLimit: 1 });
    await db.shopper.createMany({ data: Array.from({ length: 500 }, (_, i) => ({ id: `pm-${i}`, name: `p${i}`, points: 0 })) });
    await db.pointsEntry.createMany({ data: Array.from({ length: 500 }, (_, i) => ({ shopperId: `pm-${i}`, amount: 100, reason: "ADJUSTMENT" as const, sourceId: "seed" })) });
    await db.shopper.updateMany({ where: { id: { startsWith: "pm-" } }, data: { points: 100 } });
    const rush = await Promise.allSettled(Array.from({ length: 500 }, (_, i) => exchangePoints(`pm-${i}`, scarce.id, `rush-${i}-key`)));
    expect(rush.filter((r) => r.status === "fulfilled")).toHaveLength(10);
    expect((await db.pointsProduct.findUniqueOrThrow({ where: { id: scarce.id } })).exchanged).toBe(10);
    expect(await db.pointsExchange.count({ where: { productId: scarce.id } })).toBe(10);
    expect(await reconcilePoints()).toMatchObject({ mismatches: [] });
    // a second one for the same shopper: the per-shopper limit
    const winner = (await db.pointsExchange.findFirstOrThrow({ where: { productId: scarce.id } })).shopperId;
    await expect(exchangePoints(winner, scarce.id, "again-key-1")).rejects.toMatchObject({ code: expect.stringMatching(/LIMIT_REACHED|SOLD_OUT/) });
  });

  it("lottery: prize stock and budget are never exceeded under concurrent draws; free draws per day; too few points and an ended lottery are refused", async () => {
    const admin = await makeStaff("ADMIN", null);
    const tpl = await db.couponTemplate.create({ data: { shopId: null, name: "抽奖券", kind: "AMOUNT_OFF", amountOff: 300, threshold: 0, totalQuantity: 1000, validDays: 30 } });
    const start = new Date("2026-12-01T00:00:00+08:00");
    const body = lotteryBodySchema.parse({
      name: "大转盘", startsAt: start.toISOString(), endsAt: new Date("2026-12-31T00:00:00+08:00").toISOString(), costPoints: 10, freePerDay: 1, budget: 1000,
      prizes: [
        { name: "¥3 券", kind: "COUPON", weight: 50, stock: 5, couponTemplateId: tpl.id, value: 300 },
        { name: "20 积分", kind: "POINTS", weight: 30, stock: 1000, points: 20 },
        { name: "谢谢参与", kind: "THANKS", weight: 20 },
      ],
    });
    const l = await createLottery(admin, body);
    const at = noonShanghai("2026-12-10");
    const shoppers = await Promise.all(Array.from({ length: 30 }, () => makeShopper()));
    for (const s of shoppers) await give(s.id, 30);
    const draws = await Promise.allSettled(shoppers.flatMap((s) => [0, 1, 2, 3].map((i) => drawLottery(s.id, l.id, `d-${s.id}-${i}`, at))));
    const ok = draws.filter((d) => d.status === "fulfilled").map((d) => (d as PromiseFulfilledResult<Awaited<ReturnType<typeof drawLottery>>>).value);
    // each shopper: one free draw, then 30 points pay for 3 → at most 4; wins of 20 points may pay for more, never less than 4
    expect(draws.find((d) => d.status === "rejected"), String((draws.find((d) => d.status === "rejected") as PromiseRejectedResult | undefined)?.reason)).toBeUndefined();
    expect(ok.length).toBe(120);
    const coupons = ok.filter((d) => d.prize.kind === "COUPON").length;
    expect(coupons).toBeLessThanOrEqual(3); // budget ¥10 / ¥3 per coupon = 3 (stock 5)
    const lottery = await db.lottery.findUniqueOrThrow({ where: { id: l.id } });
    expect(lottery.spent).toBe(coupons * 300);
    expect(lottery.spent).toBeLessThanOrEqual(lottery.budget);
    expect(ok.filter((d) => d.draw.free)).toHaveLength(30);
    expect(await reconcilePoints()).toMatchObject({ mismatches: [] });
    const poor = await makeShopper();
    expect((await drawLottery(poor.id, l.id, "poor-free-1", at, () => 0.9999)).prize.kind).toBe("THANKS"); // the wheel landing on the last slot
    await expect(drawLottery(poor.id, l.id, "poor-paid-1", at)).rejects.toMatchObject({ code: "NOT_ENOUGH_POINTS" });
    await expect(drawLottery(poor.id, l.id, "poor-late-1", new Date("2026-12-31T01:00:00+08:00"))).rejects.toMatchObject({ code: "ENDED" });
    const report = await lotteryReport(admin, l.id);
    expect(report).toMatchObject({ draws: 121, shoppers: 31, free: 31 });
    expect(report.prizes.reduce((a, p) => a + p.won, 0)).toBe(121);
    // bad input: weights, no thanks prize, a prize without stock
    const bad = (o: Record<string, unknown>) => lotteryBodySchema.safeParse({ ...body, startsAt: body.startsAt.toISOString(), endsAt: body.endsAt.toISOString(), ...o }).error?.issues.map((i) => `${i.path.join(".")}: ${i.message}`);
    expect(bad({ prizes: [{ name: "a", kind: "POINTS", weight: 0, stock: 1, points: 1 }, { name: "b", kind: "THANKS", weight: 1 }] })).toEqual(["prizes.0.weight: at least 1"]);
    expect(bad({ prizes: [{ name: "a", kind: "POINTS", weight: 1, stock: 1, points: 1 }, { name: "b", kind: "POINTS", weight: 1, stock: 1, points: 1 }] })).toEqual(['prizes: include a "thanks for playing" prize (what a draw falls to when the others are out)']);
    expect(bad({ prizes: [{ name: "a", kind: "GOODS", weight: 1 }, { name: "b", kind: "THANKS", weight: 1 }] })).toEqual(["prizes.0.stock: a prize needs its stock"]);
  });

  it("tasks: a view counts after 10 s on the venue; a done task rewards once (daily ones once a day) however many claims at once", async () => {
    const s = await makeShopper();
    const promo = await makePromotion({ shopId: null, type: "FULL_REDUCTION", rules: { basis: "AMOUNT", tiers: [{ threshold: 10000, amountOff: 1000 }] }, status: "ACTIVE" });
    const t0 = noonShanghai("2026-12-10");
    await expect(claimTask(s.id, "VIEW_VENUE", t0)).rejects.toMatchObject({ code: "INVALID_STATE" });
    await recordTaskEvent(s.id, "VIEW_START", promo.id, t0);
    await expect(recordTaskEvent(s.id, "VIEW", promo.id, new Date(t0.getTime() + 5_000))).rejects.toMatchObject({ code: "INVALID_STATE" });
    await recordTaskEvent(s.id, "VIEW", promo.id, new Date(t0.getTime() + 10_500));
    const claims = await Promise.all(Array.from({ length: 10 }, () => claimTask(s.id, "VIEW_VENUE", new Date(t0.getTime() + 11_000))));
    expect(claims.filter((c) => !c.already)).toHaveLength(1);
    expect((await db.shopper.findUniqueOrThrow({ where: { id: s.id } })).points).toBe(10);
    // the next day it is to do again
    const t1 = noonShanghai("2026-12-11");
    expect((await tasksOf(s.id, t1)).find((x) => x.key === "VIEW_VENUE")).toMatchObject({ done: false, claimed: false });
    await expect(recordTaskEvent(s.id, "SHARE", "no-such-venue", t1)).rejects.toMatchObject({ fields: { promotionId: "no such live venue" } });
    await expect(claimTask(s.id, "PROFILE", t1)).rejects.toMatchObject({ code: "INVALID_STATE" });
    await db.shopper.update({ where: { id: s.id }, data: { email: `t${Date.now()}@x.test`, birthday: new Date("1990-05-01"), region: "上海" } });
    expect(await claimTask(s.id, "PROFILE", t1)).toMatchObject({ points: 50, already: false });
    expect(await claimTask(s.id, "PROFILE", noonShanghai("2026-12-12"))).toMatchObject({ already: true });
    await expect(claimTask(s.id, "NOPE", t1)).rejects.toMatchObject({ fields: { task: expect.stringContaining("no such task") } });
    expect(await reconcilePoints()).toMatchObject({ mismatches: [] });
  });

  it("points account: staff adjustments (one per key, audited), expiry of what was earned and not spent, history", async () => {
    const admin = await makeStaff("ADMIN", null);
    const s = await makeShopper();
    await give(s.id, 100, "old", new Date("2026-12-31T23:59:59+08:00"));
    await give(s.id, 50, "new", new Date("2027-12-31T23:59:59+08:00"));
    await give(s.id, -120, "spent"); // spent oldest first: 100 old, then 20 new
    const [a, b] = await Promise.all([adjustPoints(admin, s.id, { amount: 30, note: "客服补偿", idempotencyKey: "adj-12345" }), adjustPoints(admin, s.id, { amount: 30, note: "客服补偿", idempotencyKey: "adj-12345" })]);
    expect([a.replayed, b.replayed].sort()).toEqual([false, true]);
    expect(await db.auditLog.count({ where: { action: "points.adjust" } })).toBe(1);
    await expect(adjustPoints(await makeStaff("ADMIN", (await db.shop.create({ data: { name: "店" } })).id), s.id, { amount: 5, note: "x", idempotencyKey: "adj-99999" })).rejects.toMatchObject({ code: "FORBIDDEN" });
    // 2027-01-01: "old" has expired — but it was all spent; nothing of it is left to expire
    expect(await expirePoints(new Date("2027-01-01T10:00:00+08:00"))).toBe(0);
    // the "new" batch (30 left of 50, plus the adjustment of 30 with no expiry) expires at the end of 2027: 30 go
    expect(await expirePoints(new Date("2028-01-01T10:00:00+08:00"))).toBe(1);
    expect(await expirePoints(new Date("2028-01-01T11:00:00+08:00"))).toBe(0); // once
    const h = await pointsHistory(s.id);
    expect(h.balance).toBe(30);
    expect(h.items[0]).toMatchObject({ reason: "EXPIRY", amount: -30 });
    expect(await reconcilePoints()).toMatchObject({ mismatches: [] });
  });
});
