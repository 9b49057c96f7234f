import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { acceptInvitation, inviteCodeOf, myInvitations } from "@/lib/invites/invitations";
import { saveInviteProgram } from "@/lib/invites/invite-program";
import { settleInvitations } from "@/lib/invites/settle-invitations";
import { submitOrder } from "@/lib/orders/submit-order";
import { payOrder } from "@/lib/orders/pay-order";
import { requestRefund } from "@/lib/orders/refund-order";
import { systemActor } from "@/lib/auth/shopper-scope";
import { closeQueues } from "@/lib/jobs/queues";
import { makeShop, makeShopper, makeSku, makeStaff, resetDb } from "./fixtures";

// Issue 13 #5: invite a friend — reward on the invitee's first paid order after the hold, taken
// back on a full refund, no self-invites, one inviter per invitee, a cap per inviter.

afterAll(closeQueues);
const DAY = 86_400_000;

async function world(o: { cap?: number; holdDays?: number } = {}) {
  const admin = await makeStaff("ADMIN", null);
  const shop = await makeShop("邀请店", 0);
  const sku = await makeSku(shop.id, 10_000);
  const tpl = await db.couponTemplate.create({ data: { shopId: null, name: "邀请券", kind: "AMOUNT_OFF", amountOff: 1000, threshold: 0, totalQuantity: 100, validDays: 30 } });
  await saveInviteProgram(admin, { active: true, couponTemplateId: tpl.id, points: 200, capPerInviter: o.cap ?? 5, holdDays: o.holdDays ?? 7 });
  const order = async (shopperId: string, at: Date) => {
    const { order } = await submitOrder({ shopperId, idempotencyKey: `i-${Math.random()}`, lines: [{ skuId: sku.id, quantity: 1 }] }, at);
    await payOrder(systemActor("test"), order.id, true, at);
    return order;
  };
  return { admin, sku, tpl, order };
}

describe("invite a friend", () => {
  beforeEach(resetDb);

  it("rewards the inviter after the invitee's first paid order and the hold; no self-invite, one inviter, old customers refused", async () => {
    const w = await world();
    const inviter = await makeShopper();
    const code = await inviteCodeOf(inviter.id);
    expect(await inviteCodeOf(inviter.id)).toBe(code); // stable
    await expect(acceptInvitation(inviter.id, code)).rejects.toMatchObject({ fields: { code: "is your own invitation" } });
    const friend = await makeShopper();
    const [a, b] = await Promise.all([acceptInvitation(friend.id, code), acceptInvitation(friend.id, code)]);
    expect(a.accepted && b.accepted).toBe(true);
    const rival = await makeShopper();
    await expect(acceptInvitation(friend.id, await inviteCodeOf(rival.id))).rejects.toMatchObject({ code: "INVALID_STATE" });
    const old = await makeShopper();
    await w.order(old.id, new Date());
    await expect(acceptInvitation(old.id, code)).rejects.toMatchObject({ code: "INVALID_STATE" });

    const paidAt = new Date(Date.now() - DAY);
    await w.order(friend.id, paidAt);
    await settleInvitations(new Date());
    expect(await db.invitation.findUniqueOrThrow({ where: { inviteeId: friend.id } })).toMatchObject({ status: "HELD", releaseAt: new Date(paidAt.getTime() + 7 * DAY) });
    const later = new Date(paidAt.getTime() + 7 * DAY + 1000);
    await Promise.all([settleInvitations(later), settleInvitations(later)]);
    expect(await db.invitation.findUniqueOrThrow({ where: { inviteeId: friend.id } })).toMatchObject({ status: "REWARDED", points: 200 });
    expect(await db.userCoupon.count({ where: { shopperId: inviter.id, templateId: w.tpl.id } })).toBe(1);
    expect((await db.shopper.findUniqueOrThrow({ where: { id: inviter.id } })).points).toBe(200);
    expect(await myInvitations(inviter.id)).toMatchObject({ code, rewarded: 1, items: [{ status: "REWARDED", points: 200, coupon: true }] });
  });

  it("a full refund inside the hold revokes the reward; after it, points are taken back and the unused coupon expired", async () => {
    const w = await world({ holdDays: 0 });
    const inviter = await makeShopper();
    const code = await inviteCodeOf(inviter.id);
    const [f1, f2] = [await makeShopper(), await makeShopper()];
    await acceptInvitation(f1.id, code);
    await acceptInvitation(f2.id, code);
    const o1 = await w.order(f1.id, new Date());
    await settleInvitations(new Date(Date.now() + 1000));
    expect((await db.shopper.findUniqueOrThrow({ where: { id: inviter.id } })).points).toBe(200);
    await requestRefund(f1.id, o1.id, { lines: [{ skuId: w.sku.id, quantity: 1 }], reason: "不想要了" });
    await settleInvitations(new Date(Date.now() + 2000));
    await settleInvitations(new Date(Date.now() + 3000)); // taken back once
    expect(await db.invitation.findUniqueOrThrow({ where: { inviteeId: f1.id } })).toMatchObject({ status: "REVOKED" });
    expect((await db.shopper.findUniqueOrThrow({ where: { id: inviter.id } })).points).toBe(0);
    expect((await db.userCoupon.findFirstOrThrow({ where: { shopperId: inviter.id } })).state).toBe("EXPIRED");

    // with a hold, a refund inside it means no reward at all
    await db.inviteProgram.update({ where: { id: "platform" }, data: { holdDays: 7 } });
    const o2 = await w.order(f2.id, new Date());
    await settleInvitations(new Date());
    await requestRefund(f2.id, o2.id, { lines: [{ skuId: w.sku.id, quantity: 1 }], reason: "不想要了" });
    await settleInvitations(new Date(Date.now() + 8 * DAY));
    expect(await db.invitation.findUniqueOrThrow({ where: { inviteeId: f2.id } })).toMatchObject({ status: "REVOKED", points: 0 });
    expect((await db.shopper.findUniqueOrThrow({ where: { id: inviter.id } })).points).toBe(0);
  });

  it("the cap per inviter: invitees settling at once never pass it", async () => {
    const w = await world({ cap: 2, holdDays: 0 });
    const inviter = await makeShopper();
    const code = await inviteCodeOf(inviter.id);
    const friends = await Promise.all(Array.from({ length: 4 }, () => makeShopper()));
    for (const f of friends) {
      await acceptInvitation(f.id, code);
      await w.order(f.id, new Date());
    }
    await Promise.all([settleInvitations(new Date(Date.now() + 1000)), settleInvitations(new Date(Date.now() + 1000))]);
    const states = (await db.invitation.findMany({ where: { inviterId: inviter.id } })).map((i) => i.status).sort();
    expect(states).toEqual(["CAPPED", "CAPPED", "REWARDED", "REWARDED"]);
    expect((await db.shopper.findUniqueOrThrow({ where: { id: inviter.id } })).points).toBe(400);
  });
});
