import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { createPromotion } from "@/lib/promotions/create-promotion";
import { listPromotions } from "@/lib/promotions/list-promotions";
import { createPromotionBodySchema } from "@/lib/promotions/promotion-schemas";
import { createCouponTemplate } from "@/lib/coupons/create-coupon-template";
import { createCampaign } from "@/lib/coupons/create-campaign";
import { requestCodes } from "@/lib/coupons/generate-codes";
import { grantCoupons } from "@/lib/coupons/grant-coupons";
import { createCouponTemplateBodySchema } from "@/lib/coupons/coupon-schemas";
import { createStaff, revokeApiKey, updateStaff } from "@/lib/staff/manage-staff";
import { createApiKey } from "@/lib/api-keys/create-api-key";
import { closeQueues } from "@/lib/jobs/queues";
import { makeShop, makeStaff, resetDb, makeCustomer } from "./fixtures";

afterAll(closeQueues);
const DAY = 86_400_000;
// Anchored to the next UTC midnight (not "now") so the day boundaries never depend on the hour the test runs.
const midnight = () => {
  const d = new Date(Date.now() + DAY);
  d.setUTCHours(0, 0, 0, 0);
  return d.getTime();
};
const promo = (name: string, fromDays: number, toDays: number) =>
  createPromotionBodySchema.parse({ name, type: "FULL_REDUCTION", startsAt: new Date(midnight() + fromDays * DAY).toISOString(), endsAt: new Date(midnight() + toDays * DAY).toISOString(), scope: { all: true }, rules: { basis: "AMOUNT", tiers: [{ threshold: 100, amountOff: 10 }] } });

describe("admin lists and the audit trail", () => {
  let shopId: string;
  beforeEach(async () => {
    await resetDb();
    shopId = (await makeShop("S")).id;
  });

  it("promotions sort by start and filter to those running on a day", async () => {
    const admin = await makeStaff("ADMIN", shopId);
    await createPromotion(admin, promo("later", 10, 12));
    await createPromotion(admin, promo("soon", 1, 3));
    await createPromotion(admin, promo("now", -1, 2));
    expect((await listPromotions(admin, { sort: "starts" })).items.map((p) => p.name)).toEqual(["now", "soon", "later"]);
    const on = new Date(midnight() + 2 * DAY); // "now" ends at its start, "soon" runs through it, "later" is after
    expect((await listPromotions(admin, { activeOn: on })).items.map((p) => p.name).sort()).toEqual(["soon"]);
  });

  it("coupon, code, grant, staff and key actions each leave an audit entry with actor and after-state", async () => {
    const admin = await makeStaff("ADMIN", shopId);
    const t = await createCouponTemplate(admin, createCouponTemplateBodySchema.parse({ name: "t", kind: "AMOUNT_OFF", amountOff: 100, validDays: 3, stacksWithPromotions: true, totalQuantity: 100 }));
    const c = await createCampaign(admin, { templateId: t.id, claimStartsAt: new Date(), claimEndsAt: new Date(Date.now() + DAY), audience: {}, totalQuantity: 10, perUserLimit: 1 });
    await requestCodes(admin, t.id, { code: "AUDIT1" });
    await grantCoupons(admin, t.id, [(await makeCustomer(shopId)).id]);
    const staff = await createStaff(admin, { email: "new@s.test", name: "New", role: "OPERATOR", password: "12345678" });
    await updateStaff(admin, staff.id, { active: false });
    const key = await createApiKey(admin, { name: "k", role: "ANALYST" });
    await revokeApiKey(admin, key.id);
    const rows = await db.auditLog.findMany({ where: { actorId: admin.id }, orderBy: { at: "asc" } });
    expect(rows.map((r) => `${r.entity}:${r.action}`)).toEqual([
      "couponTemplate:create",
      "couponCampaign:create",
      "couponTemplate:create-code",
      "couponTemplate:grant",
      "staff:create",
      "staff:update",
      "apiKey:create",
      "apiKey:revoke",
    ]);
    expect(rows.every((r) => r.shopId === shopId && r.after !== null)).toBe(true);
    expect(rows.find((r) => r.entity === "couponCampaign")!.entityId).toBe(c.id);
    expect(rows.find((r) => r.action === "update")!.before).toMatchObject({ active: true });
  });
});
