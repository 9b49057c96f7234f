import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { createCouponTemplate } from "@/lib/coupons/create-coupon-template";
import { createCampaign } from "@/lib/coupons/create-campaign";
import { claimCoupon } from "@/lib/coupons/claim-coupon";
import { redeemCode } from "@/lib/coupons/redeem-code";
import { requestCodes, runCodesJob } from "@/lib/coupons/generate-codes";
import { jobFileText } from "@/lib/jobs/job-file";
import { grantCoupons } from "@/lib/coupons/grant-coupons";
import { listMyCoupons } from "@/lib/coupons/list-my-coupons";
import { createCouponTemplateBodySchema } from "@/lib/coupons/coupon-schemas";
import { closeQueues } from "@/lib/jobs/queues";
import { makeCustomer, makeShop, makeShopper, makeStaff, resetDb } from "./fixtures";

afterAll(closeQueues);
const DAY = 86_400_000;
const template = (o: Record<string, unknown> = {}) =>
  createCouponTemplateBodySchema.parse({ name: "满100减10", kind: "AMOUNT_OFF", amountOff: 1000, threshold: 10000, validDays: 7, stacksWithPromotions: true, totalQuantity: 1000, ...o });

describe("coupons: templates, campaigns, claims, codes, grants", () => {
  let shopId: string;
  beforeEach(async () => {
    await resetDb();
    shopId = (await makeShop("S")).id;
  });

  it("a campaign whose claim window outlasts the coupons' validity is refused", async () => {
    const admin = await makeStaff("ADMIN", shopId);
    const t = await createCouponTemplate(admin, template({ validDays: undefined, validFrom: new Date().toISOString(), validTo: new Date(Date.now() + 2 * DAY).toISOString() }));
    await expect(createCampaign(admin, { templateId: t.id, claimStartsAt: new Date(), claimEndsAt: new Date(Date.now() + 3 * DAY), audience: {}, totalQuantity: 10, perUserLimit: 1 })).rejects.toMatchObject({ status: 400, fields: { claimEndsAt: expect.stringContaining("validTo") } });
    await expect(createCampaign(admin, { templateId: t.id, claimStartsAt: new Date(), claimEndsAt: new Date(Date.now() + DAY), audience: {}, totalQuantity: 10, perUserLimit: 1 })).resolves.toBeTruthy();
  });

  it("60 concurrent claims by 30 shoppers on 20 coupons (1 each): exactly 20, nobody twice", async () => {
    const admin = await makeStaff("ADMIN", shopId);
    const t = await createCouponTemplate(admin, template());
    const c = await createCampaign(admin, { templateId: t.id, claimStartsAt: new Date(Date.now() - 1000), claimEndsAt: new Date(Date.now() + DAY), audience: {}, totalQuantity: 20, perUserLimit: 1 });
    const shoppers = await Promise.all(Array.from({ length: 30 }, () => makeShopper()));
    const results = await Promise.allSettled(shoppers.flatMap((s) => [claimCoupon(s.id, c.id), claimCoupon(s.id, c.id)]));
    const won = results.filter((r) => r.status === "fulfilled");
    expect(won).toHaveLength(20);
    const owners = await db.userCoupon.groupBy({ by: ["shopperId"], where: { campaignId: c.id }, _count: { _all: true } });
    expect(owners.every((o) => o._count._all === 1)).toBe(true);
    expect((await db.couponCampaign.findUniqueOrThrow({ where: { id: c.id } })).claimedCount).toBe(20);
    expect((await db.couponTemplate.findUniqueOrThrow({ where: { id: t.id } })).issuedCount).toBe(20);
    const reasons = new Set(results.filter((r) => r.status === "rejected").map((r) => (r as PromiseRejectedResult).reason.code));
    expect([...reasons].every((x) => x === "SOLD_OUT" || x === "LIMIT_REACHED")).toBe(true);
  });

  it("a retried claim with the same requestKey answers with the first coupon", async () => {
    const admin = await makeStaff("ADMIN", shopId);
    const t = await createCouponTemplate(admin, template());
    const c = await createCampaign(admin, { templateId: t.id, claimStartsAt: new Date(Date.now() - 1000), claimEndsAt: new Date(Date.now() + DAY), audience: {}, totalQuantity: 20, perUserLimit: 5 });
    const s = await makeShopper();
    const rs = await Promise.all(Array.from({ length: 5 }, () => claimCoupon(s.id, c.id, "tap-1")));
    expect(new Set(rs.map((r) => r.coupon.id)).size).toBe(1);
    expect(await db.userCoupon.count({ where: { shopperId: s.id } })).toBe(1);
  });

  it("a single-use code works once whatever the race; a shared code once per shopper", async () => {
    const admin = await makeStaff("ADMIN", shopId);
    const t = await createCouponTemplate(admin, template());
    const { jobId } = await requestCodes(admin, t.id, { count: 3, singleUse: true });
    await runCodesJob(jobId);
    const one = await db.redemptionCode.findFirstOrThrow({ where: { jobId } });
    const shoppers = await Promise.all(Array.from({ length: 10 }, () => makeShopper()));
    const results = await Promise.allSettled(shoppers.map((s) => redeemCode(s.id, one.code)));
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    await requestCodes(admin, t.id, { code: "DOUBLE11" });
    await expect(redeemCode(shoppers[0].id, "DOUBLE11")).resolves.toMatchObject({ state: "UNUSED" });
    await expect(redeemCode(shoppers[1].id, "DOUBLE11")).resolves.toBeTruthy();
    await expect(redeemCode(shoppers[0].id, "DOUBLE11")).rejects.toMatchObject({ code: "ALREADY_REDEEMED" });
    await expect(redeemCode(shoppers[0].id, "NOPE")).rejects.toMatchObject({ code: "CODE_INVALID" });
  });

  it("bulk codes: 20,000 distinct codes with progress to 100% and a CSV of them", async () => {
    const admin = await makeStaff("ADMIN", shopId);
    const t = await createCouponTemplate(admin, template({ totalQuantity: 50_000 }));
    const { jobId } = await requestCodes(admin, t.id, { count: 20_000, singleUse: true });
    await runCodesJob(jobId);
    const job = await db.job.findUniqueOrThrow({ where: { id: jobId } });
    expect(job).toMatchObject({ status: "DONE", processed: 20_000, total: 20_000 });
    const lines = (await jobFileText(jobId)).trim().split("\n");
    expect(lines[0]).toBe("code");
    expect(new Set(lines.slice(1)).size).toBe(20_000);
    await expect(requestCodes(admin, t.id, { count: 40_000, singleUse: true })).rejects.toMatchObject({ status: 400, fields: { count: "at most 30000" } });
  });

  it("grants give coupons to chosen shoppers (all or nothing); my coupons shows expired ones as EXPIRED with a reminder for those ending soon", async () => {
    const shopAdmin = await makeStaff("ADMIN", shopId);
    const admin = await makeStaff("ADMIN", null);
    const t = await createCouponTemplate(shopAdmin, template({ validDays: 2 }));
    const [a, b] = [await makeShopper(), await makeShopper()];
    // shop staff reach only shoppers who ordered in their shop (SPEC §9): a stranger looks unknown
    await expect(grantCoupons(shopAdmin, t.id, [a.id])).rejects.toMatchObject({ fields: { "userIds.0": "no such shopper" } });
    await expect(grantCoupons(admin, t.id, [a.id, "ghost"])).rejects.toMatchObject({ fields: { "userIds.1": "no such shopper" } });
    expect(await db.userCoupon.count()).toBe(0);
    expect((await grantCoupons(admin, t.id, [a.id, b.id])).granted).toBe(2);
    const mine = await listMyCoupons(a.id);
    expect(mine.items[0]).toMatchObject({ state: "UNUSED", expiringSoon: true });
    const later = await listMyCoupons(a.id, undefined, new Date(Date.now() + 3 * DAY));
    expect(later.items[0].state).toBe("EXPIRED");
  });
});

describe("grants to a segment", () => {
  beforeEach(resetDb);

  it("a background job gives every shopper of the segment one coupon, and running it again gives none twice", async () => {
    const { requestSegmentGrant, runGrantJob } = await import("@/lib/coupons/grant-to-segment");
    const shopId = (await makeShop("S")).id;
    const admin = await makeStaff("ADMIN", shopId);
    const t = await createCouponTemplate(admin, template());
    // shop staff reach their shop's customers only (SPEC §9): a V3 shopper who never ordered here gets nothing
    const vip = await Promise.all(Array.from({ length: 7 }, () => makeCustomer(shopId)));
    await db.shopper.updateMany({ where: { id: { in: vip.map((v) => v.id) } }, data: { memberLevel: "V3" } });
    await makeShopper({ memberLevel: "V3" });
    await makeShopper({ memberLevel: "V1" });
    const seg = await db.segment.create({ data: { name: "V3", kind: "RULES", rules: { memberLevels: ["V3"] } } });
    const { jobId } = await requestSegmentGrant(admin, t.id, seg.id);
    await runGrantJob(jobId);
    await db.job.update({ where: { id: jobId }, data: { status: "RUNNING" } }); // as if retried after a crash
    await runGrantJob(jobId);
    const owners = await db.userCoupon.groupBy({ by: ["shopperId"], where: { templateId: t.id }, _count: { _all: true } });
    expect(owners.map((o) => o.shopperId).sort()).toEqual(vip.map((v) => v.id).sort());
    expect(owners.every((o) => o._count._all === 1)).toBe(true);
    expect(await db.job.findUniqueOrThrow({ where: { id: jobId } })).toMatchObject({ status: "DONE", processed: 7, total: 7 });
  });
});

describe("one intent, one job (issue 11 #8)", () => {
  beforeEach(resetDb);

  it("ten concurrent requests with one idempotency key: one segment grant job, one code job, one export, one coupon per shopper", async () => {
    const { requestSegmentGrant, runGrantJob } = await import("@/lib/coupons/grant-to-segment");
    const { requestReportExport } = await import("@/lib/analytics/export-report");
    const { makePromotion } = await import("./fixtures");
    const shopId = (await makeShop("S")).id;
    const admin = await makeStaff("ADMIN", shopId);
    const t = await createCouponTemplate(admin, template());
    const { makeCustomer: customer } = await import("./fixtures");
    const two = await Promise.all([customer(shopId), customer(shopId)]);
    await db.shopper.updateMany({ where: { id: { in: two.map((x) => x.id) } }, data: { memberLevel: "V3" } });
    const seg = await db.segment.create({ data: { name: "V3", kind: "RULES", rules: { memberLevels: ["V3"] } } });
    const ten = <T>(f: () => Promise<T>) => Promise.all(Array.from({ length: 10 }, f));

    const grants = await ten(() => requestSegmentGrant(admin, t.id, seg.id, "click-1"));
    expect(new Set(grants.map((g) => g.jobId)).size).toBe(1);
    await runGrantJob(grants[0].jobId);
    expect(await db.userCoupon.count({ where: { templateId: t.id } })).toBe(2); // a 2-person segment: 2 coupons, not 4
    const codes = await ten(() => requestCodes(admin, t.id, { count: 5, singleUse: true, idempotencyKey: "click-2" }));
    expect(new Set(codes.map((c) => c.jobId)).size).toBe(1);
    const promo = await makePromotion({ shopId, type: "FULL_REDUCTION", rules: { basis: "AMOUNT", tiers: [{ threshold: 10000, amountOff: 1000 }] } });
    const exports = await ten(() => requestReportExport(admin, promo.id, "click-3"));
    expect(new Set(exports.map((e) => e.jobId)).size).toBe(1);
    expect(await db.job.count({ where: { createdBy: admin.id } })).toBe(3);
    // a new click (a new key) is a new intent
    expect((await requestCodes(admin, t.id, { count: 5, singleUse: true, idempotencyKey: "click-4" })).jobId).not.toBe(codes[0].jobId);

    const { makeCustomer } = await import("./fixtures");
    const shopper = await makeCustomer(shopId);
    const one = await ten(() => grantCoupons(admin, t.id, [shopper.id], new Date(), "click-5").catch((e: Error) => e));
    expect(one.filter((r) => r instanceof Error)).toEqual([]);
    expect(await db.userCoupon.count({ where: { shopperId: shopper.id, templateId: t.id } })).toBe(1);
  });
});

describe("campaigns released in time slots", () => {
  beforeEach(resetDb);

  it("only the slots already open can be claimed", async () => {
    const shopId = (await makeShop("S")).id;
    const admin = await makeStaff("ADMIN", shopId);
    const t = await createCouponTemplate(admin, template());
    const now = Date.now();
    const slots = [{ at: new Date(now - 1000), quantity: 2 }, { at: new Date(now + 3_600_000), quantity: 3 }];
    const { createCampaignBodySchema } = await import("@/lib/coupons/coupon-schemas");
    const bad = createCampaignBodySchema.safeParse({ templateId: t.id, claimStartsAt: new Date(now - 2000).toISOString(), claimEndsAt: new Date(now + DAY).toISOString(), totalQuantity: 6, perUserLimit: 1, releaseSlots: slots.map((s) => ({ ...s, at: s.at.toISOString() })) });
    expect(bad.success ? null : bad.error.issues[0].path.join(".")).toBe("releaseSlots");
    const c = await createCampaign(admin, { templateId: t.id, claimStartsAt: new Date(now - 2000), claimEndsAt: new Date(now + DAY), audience: {}, totalQuantity: 5, perUserLimit: 1, releaseSlots: slots });
    const shoppers = await Promise.all(Array.from({ length: 4 }, () => makeShopper()));
    const first = await Promise.allSettled(shoppers.map((s) => claimCoupon(s.id, c.id)));
    expect(first.filter((r) => r.status === "fulfilled")).toHaveLength(2);
    const later = await Promise.allSettled(shoppers.map((s) => claimCoupon(s.id, c.id, undefined, new Date(now + 2 * 3_600_000))));
    expect(later.filter((r) => r.status === "fulfilled")).toHaveLength(2);
  });
});
