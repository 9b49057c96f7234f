import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { joinGroup, openGroup } from "@/lib/group-buy/group-orders";
import { expireDueGroups } from "@/lib/group-buy/expire-groups";
import { payOrder } from "@/lib/orders/pay-order";
import { cancelOrder } from "@/lib/orders/cancel-order";
import { closeQueues } from "@/lib/jobs/queues";
import { makePromotion, makeShop, makeShopper, makeSku, resetDb } from "./fixtures";

afterAll(closeQueues);

async function groupBuy(groupSize: number, virtualCompletion = false) {
  const shop = await makeShop("Group", 0);
  const sku = await makeSku(shop.id, 9900, { stock: 100 });
  const p = await makePromotion({ shopId: shop.id, type: "GROUP_BUY", rules: { items: [{ skuId: sku.id, groupPrice: 4900 }], groupSize, timeLimitMinutes: 60, virtualCompletion }, scope: { skuIds: [sku.id] }, stacking: { withCoupons: false, withPlatform: false, withOrderPromotions: false } });
  return { promotionId: p.id, skuId: sku.id };
}

describe("group buy", () => {
  beforeEach(resetDb);

  it("a group of 3 fills: every order is at the group price and the group completes on the last payment", async () => {
    const gb = await groupBuy(3);
    const [leader, b, c, late] = await Promise.all([makeShopper(), makeShopper(), makeShopper(), makeShopper()]);
    const opened = await openGroup(leader.id, gb.promotionId, gb.skuId, "open-key-1");
    expect(await openGroup(leader.id, gb.promotionId, gb.skuId, "open-key-1")).toMatchObject({ group: { id: opened.group.id }, orderId: opened.orderId });
    await expect(joinGroup(b.id, opened.group.id, "join-key-b")).rejects.toMatchObject({ code: "GROUP_NOT_READY" });
    await payOrder(leader.id, opened.orderId);
    const jb = await joinGroup(b.id, opened.group.id, "join-key-b");
    const jc = await joinGroup(c.id, opened.group.id, "join-key-c");
    await expect(joinGroup(late.id, opened.group.id, "join-key-l")).rejects.toMatchObject({ code: "GROUP_FULL" });
    const orders = await db.order.findMany({ where: { id: { in: [opened.orderId, jb.orderId, jc.orderId] } } });
    expect(orders.map((o) => o.total)).toEqual([4900, 4900, 4900]);
    await payOrder(b.id, jb.orderId);
    expect((await db.groupBuyGroup.findUniqueOrThrow({ where: { id: opened.group.id } })).status).toBe("OPEN");
    await payOrder(c.id, jc.orderId);
    expect((await db.groupBuyGroup.findUniqueOrThrow({ where: { id: opened.group.id } })).status).toBe("COMPLETED");
  });

  it("concurrent joins never seat more than the group size", async () => {
    const gb = await groupBuy(3);
    const leader = await makeShopper();
    const opened = await openGroup(leader.id, gb.promotionId, gb.skuId, "open-key-2");
    await payOrder(leader.id, opened.orderId);
    const joiners = await Promise.all(Array.from({ length: 10 }, () => makeShopper()));
    const results = await Promise.allSettled(joiners.map((s) => joinGroup(s.id, opened.group.id, `join-${s.id}`)));
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(2);
    expect(await db.groupBuyMember.count({ where: { groupId: opened.group.id } })).toBe(3);
    // the seats' losers have no live order left
    expect(await db.order.count({ where: { source: "GROUP_BUY", status: "PENDING_PAYMENT" } })).toBe(2);
  });

  it("a group that times out refunds every paid member in full and cancels the unpaid; a cancelled member frees the seat", async () => {
    const gb = await groupBuy(4);
    const [leader, b, c, d] = await Promise.all([makeShopper(), makeShopper(), makeShopper(), makeShopper()]);
    const opened = await openGroup(leader.id, gb.promotionId, gb.skuId, "open-key-3");
    await payOrder(leader.id, opened.orderId);
    const jb = await joinGroup(b.id, opened.group.id, "join-b-0003");
    await payOrder(b.id, jb.orderId);
    const jc = await joinGroup(c.id, opened.group.id, "join-c-0003");
    await cancelOrder(c.id, jc.orderId);
    expect(await db.groupBuyMember.count({ where: { groupId: opened.group.id } })).toBe(2);
    const jd = await joinGroup(d.id, opened.group.id, "join-d-0003"); // unpaid when time runs out

    await db.groupBuyGroup.update({ where: { id: opened.group.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect(await expireDueGroups()).toBe(1);
    expect(await expireDueGroups()).toBe(0); // a second sweep changes nothing
    expect((await db.groupBuyGroup.findUniqueOrThrow({ where: { id: opened.group.id } })).status).toBe("FAILED");
    const after = await db.order.findMany({ where: { id: { in: [opened.orderId, jb.orderId, jd.orderId] } }, include: { refunds: true } });
    const byId = new Map(after.map((o) => [o.id, o]));
    for (const id of [opened.orderId, jb.orderId]) {
      expect(byId.get(id)).toMatchObject({ status: "REFUNDED", refundedAmount: 4900 });
      expect(byId.get(id)!.refunds).toHaveLength(1);
    }
    expect(byId.get(jd.orderId)!.status).toBe("CANCELLED");
  });

  it("with virtual completion a group that times out completes as it is", async () => {
    const gb = await groupBuy(5, true);
    const leader = await makeShopper();
    const opened = await openGroup(leader.id, gb.promotionId, gb.skuId, "open-key-4");
    await payOrder(leader.id, opened.orderId);
    await db.groupBuyGroup.update({ where: { id: opened.group.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    await expireDueGroups();
    expect(await db.groupBuyGroup.findUniqueOrThrow({ where: { id: opened.group.id } })).toMatchObject({ status: "COMPLETED", virtual: true });
    expect((await db.order.findUniqueOrThrow({ where: { id: opened.orderId } })).status).toBe("PAID");
  });
});
