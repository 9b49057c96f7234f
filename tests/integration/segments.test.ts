import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { createSegment, getSegment, previewSegment } from "@/lib/segments/segment-actions";
import { createSegmentBodySchema } from "@/lib/segments/segment-schemas";
import { segmentMemberIds } from "@/lib/segments/segment-members";
import { ruleMemberIds } from "@/lib/segments/evaluate-segment";
import { closeQueues } from "@/lib/jobs/queues";
import { requestSegmentGrant, runGrantJob } from "@/lib/coupons/grant-to-segment";
import { makeCoupon, makeCustomer, makePromotion, makeShop, makeShopper, makeStaff, resetDb } from "./fixtures";

// Issue 13 #1: segments evaluated set-based in PostgreSQL, shop staff reach their customers only.

afterAll(closeQueues);
const NOW = new Date();
const daysAgo = (d: number) => new Date(NOW.getTime() - d * 86_400_000);

async function paidOrder(shopperId: string, shopId: string, total: number, paidAt: Date) {
  return db.order.create({
    data: {
      shopperId, idempotencyKey: `seg-${Math.random()}`, status: "PAID", subtotal: total, itemDiscount: 0, orderDiscount: 0, couponDiscount: 0, shippingFee: 0, shippingDiscount: 0, total,
      pricing: {}, expiresAt: paidAt, paidAt, createdAt: paidAt, shops: { create: { shopId, shippingFee: 0, shippingDiscount: 0 } },
    },
  });
}

describe("segments", () => {
  beforeEach(resetDb);

  it("each condition and the AND/OR groups select exactly the right shoppers", async () => {
    const shop = await makeShop("Seg");
    const admin = await makeStaff("ADMIN", null);
    const old = new Date(NOW.getTime() - 400 * 86_400_000);
    const big = await makeShopper({ memberLevel: "V3" });
    const small = await makeShopper({ memberLevel: "V1" });
    const silent = await makeShopper({ memberLevel: "V2" });
    const fresh = await makeShopper({ firstOrderDone: false });
    await db.shopper.updateMany({ where: { id: { in: [big.id, small.id, silent.id, fresh.id] } }, data: { createdAt: old } });
    await db.shopper.update({ where: { id: fresh.id }, data: { region: "上海", tags: ["学生"], birthday: new Date("2000-12-05") } });
    await paidOrder(big.id, shop.id, 80_000, daysAgo(10));
    await paidOrder(small.id, shop.id, 5_000, daysAgo(5));
    await paidOrder(silent.id, shop.id, 90_000, daysAgo(200));
    const coupon = await makeCoupon(small.id, { shopId: shop.id });
    const promo = await makePromotion({ shopId: shop.id, type: "FULL_REDUCTION", rules: { basis: "AMOUNT", tiers: [{ threshold: 10000, amountOff: 1000 }] } });
    await db.analyticsEvent.create({ data: { type: "ACTIVITY_VIEW", shopperId: silent.id, promotionId: promo.id, at: daysAgo(2) } });

    const ids = async (rules: unknown) => {
      const body = createSegmentBodySchema.parse({ name: "x", rules });
      const preview = await previewSegment(admin, body, NOW);
      const members = (await ruleMemberIds(body.rules!, null, NOW)).sort();
      expect(preview.size).toBe(members.length);
      return members;
    };
    const sorted = (...xs: { id: string }[]) => xs.map((x) => x.id).sort();
    expect(await ids({ op: "AND", conditions: [{ type: "HIGH_VALUE", minSpent: 50_000, days: 90 }] })).toEqual(sorted(big));
    expect(await ids({ op: "AND", conditions: [{ type: "SILENT", days: 30 }] })).toEqual(sorted(silent, fresh));
    expect(await ids({ op: "AND", conditions: [{ type: "NEW_USER" }, { type: "REGION", regions: ["上海"] }, { type: "TAG", tags: ["学生", "x"] }, { type: "BIRTHDAY_MONTH", months: [12] }] })).toEqual(sorted(fresh));
    expect(await ids({ op: "OR", conditions: [{ type: "MEMBER_LEVEL", levels: ["V3"] }, { type: "COUPON", templateId: coupon.templateId }] })).toEqual(sorted(big, small));
    expect(await ids({ op: "AND", conditions: [{ type: "VIEWED_NO_ORDER", promotionId: promo.id, days: 7 }] })).toEqual(sorted(silent));
    expect(await ids({ op: "AND", conditions: [{ type: "MEMBER_LEVEL", levels: ["V1", "V2", "V3"] }, { op: "OR", conditions: [{ type: "SILENT", days: 30 }, { type: "HIGH_VALUE", minSpent: 50_000, days: 30 }] }] })).toEqual(sorted(big, silent, fresh));
  });

  it("shop staff reach only their customers; a CSV reports the rows naming nobody; a segment of nobody is refused and nothing saved", async () => {
    const a = await makeShop("A");
    const b = await makeShop("B");
    const staffA = await makeStaff("OPERATOR", a.id);
    const mine = await makeCustomer(a.id);
    const theirs = await makeCustomer(b.id);
    const rules = { op: "AND", conditions: [{ type: "MEMBER_LEVEL", levels: ["V1"] }] };
    const p = await previewSegment(staffA, createSegmentBodySchema.parse({ name: "x", rules }), NOW);
    expect(p).toMatchObject({ size: 1, sample: [{ id: mine.id }] });

    const csv = `externalId\n${mine.externalId}\n${theirs.externalId}\nnobody-42\n`;
    const out = await createSegment(staffA, createSegmentBodySchema.parse({ name: "名单", csv }), NOW);
    expect(out.segment).toMatchObject({ kind: "LIST", size: 1, shopId: a.id });
    // the other shop's customer looks unknown: ids of other shops leak nothing
    expect(out.unknownRows).toEqual([{ row: 3, value: theirs.externalId }, { row: 4, value: "nobody-42" }]);
    expect(await segmentMemberIds(out.segment.id)).toEqual([mine.id]);
    expect(await getSegment(staffA, out.segment.id, NOW)).toMatchObject({ size: 1 });

    const before = await db.segment.count();
    await expect(createSegment(staffA, createSegmentBodySchema.parse({ name: "空", rules: { op: "AND", conditions: [{ type: "MEMBER_LEVEL", levels: ["V9"] }] } }), NOW)).rejects.toMatchObject({ status: 400, fields: { rules: expect.any(String) } });
    await expect(createSegment(staffA, createSegmentBodySchema.parse({ name: "坏", csv: `${mine.externalId}\n\u0001bad\n` }), NOW)).rejects.toMatchObject({ status: 400, fields: { "csv.2": "contains control characters" } });
    await expect(createSegment(staffA, createSegmentBodySchema.parse({ name: "别家", shopId: b.id, rules }), NOW)).rejects.toMatchObject({ status: 403 });
    expect(await db.segment.count()).toBe(before);
    const shopBStaff = await makeStaff("ADMIN", b.id);
    await expect(getSegment(shopBStaff, out.segment.id, NOW)).rejects.toMatchObject({ status: 404 });
    expect(await db.auditLog.count({ where: { entity: "segment", action: "segment.create" } })).toBe(1);

    // another shop's coupon or activity cannot be asked about; another shop's segment cannot be granted to
    const theirTemplate = await db.couponTemplate.create({ data: { shopId: b.id, name: "B 券", kind: "AMOUNT_OFF", amountOff: 100, threshold: 0, totalQuantity: 10, validDays: 3 } });
    await expect(previewSegment(staffA, createSegmentBodySchema.parse({ name: "x", rules: { op: "OR", conditions: [{ type: "NEW_USER" }, { type: "COUPON", templateId: theirTemplate.id }] } }), NOW)).rejects.toMatchObject({ fields: { "rules.conditions.1.templateId": "no such coupon template" } });
    const theirSegment = await db.segment.create({ data: { name: "B 的人群", shopId: b.id, kind: "RULES", rules: rules as object } });
    const myTemplate = await db.couponTemplate.create({ data: { shopId: a.id, name: "A 券", kind: "AMOUNT_OFF", amountOff: 100, threshold: 0, totalQuantity: 10, validDays: 3 } });
    await expect(requestSegmentGrant(staffA, myTemplate.id, theirSegment.id, "grant-cross-1")).rejects.toMatchObject({ fields: { segmentId: "no such segment" } });
    // a platform segment granted by shop A reaches only A's customers
    const everyone = await db.segment.create({ data: { name: "平台人群", kind: "RULES", rules: rules as object } });
    const { jobId } = (await requestSegmentGrant(staffA, myTemplate.id, everyone.id, "grant-platform-1")) as { jobId: string };
    await runGrantJob(jobId);
    expect((await db.userCoupon.findMany({ where: { templateId: myTemplate.id }, select: { shopperId: true } })).map((c) => c.shopperId)).toEqual([mine.id]);
  });
});
