import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { createPromotion } from "@/lib/promotions/create-promotion";
import { updatePromotion } from "@/lib/promotions/update-promotion";
import { changePromotionStatus, withdrawItems } from "@/lib/promotions/promotion-lifecycle";
import { advancePromotionLifecycle } from "@/lib/promotions/advance-lifecycle";
import { simulatePromotion } from "@/lib/promotions/simulate-promotion";
import { createPromotionBodySchema } from "@/lib/promotions/promotion-schemas";
import { priceCheckout } from "@/lib/checkout/price-checkout";
import { clearPricingCache } from "@/lib/checkout/pricing-cache";
import { makeShop, makeShopper, makeSku, makeStaff, resetDb } from "./fixtures";

const HOUR = 3_600_000;
const tiered = (o: Record<string, unknown> = {}) =>
  createPromotionBodySchema.parse({
    name: "满300减30",
    type: "FULL_REDUCTION",
    startsAt: new Date(Date.now() - HOUR).toISOString(),
    endsAt: new Date(Date.now() + 24 * HOUR).toISOString(),
    scope: { all: true },
    rules: { basis: "AMOUNT", tiers: [{ threshold: 30000, amountOff: 3000 }, { threshold: 60000, amountOff: 8000 }] },
    ...o,
  });

describe("promotion lifecycle, roles and audit", () => {
  let shopA: string;
  let shopB: string;
  beforeEach(async () => {
    await resetDb();
    shopA = (await makeShop("A")).id;
    shopB = (await makeShop("B")).id;
  });

  it("operator drafts and submits, approver approves → ACTIVE (start passed); the cart prices it; each step is audited", async () => {
    const operator = await makeStaff("OPERATOR", shopA);
    const approver = await makeStaff("APPROVER", shopA);
    const draft = await createPromotion(operator, tiered());
    expect(draft).toMatchObject({ status: "DRAFT", shopId: shopA });
    await changePromotionStatus(operator, draft.id, "submit");
    const live = await changePromotionStatus(approver, draft.id, "approve");
    expect(live.status).toBe("ACTIVE");
    const sku = await makeSku(shopA, 30000);
    const shopper = await makeShopper();
    clearPricingCache();
    const priced = await priceCheckout({ shopperId: shopper.id, lines: [{ skuId: sku.id, quantity: 1 }] });
    expect(priced.applied.find((a) => a.id === draft.id)?.amount).toBe(3000);
    const audit = await db.auditLog.findMany({ where: { entityId: draft.id }, orderBy: { at: "asc" } });
    expect(audit.map((a) => [a.action, a.actorId])).toEqual([["create", operator.id], ["submit", operator.id], ["approve", approver.id]]);
    expect(audit[2].after).toMatchObject({ status: "ACTIVE" });
  });

  it("approving before the start schedules it; the clock then activates and ends it", async () => {
    const admin = await makeStaff("ADMIN", shopA);
    const p = await createPromotion(admin, tiered({ startsAt: new Date(Date.now() + HOUR).toISOString(), endsAt: new Date(Date.now() + 2 * HOUR).toISOString() }));
    await changePromotionStatus(admin, p.id, "submit");
    expect((await changePromotionStatus(admin, p.id, "approve")).status).toBe("SCHEDULED");
    expect(await advancePromotionLifecycle(new Date())).toEqual([]);
    expect(await advancePromotionLifecycle(new Date(Date.now() + 1.5 * HOUR))).toEqual([{ id: p.id, from: "SCHEDULED", to: "ACTIVE", reason: undefined }]);
    const ended = await advancePromotionLifecycle(new Date(Date.now() + 3 * HOUR));
    expect(ended).toEqual([{ id: p.id, from: "ACTIVE", to: "ENDED", reason: "TIME" }]);
    const clock = await db.auditLog.findMany({ where: { entityId: p.id, action: "clock" } });
    expect(clock).toHaveLength(2);
  });

  it("a spent budget ends a live promotion", async () => {
    const admin = await makeStaff("ADMIN", shopA);
    const p = await createPromotion(admin, tiered({ limits: { budget: 5000 } }));
    await changePromotionStatus(admin, p.id, "submit");
    await changePromotionStatus(admin, p.id, "approve");
    await db.promotion.update({ where: { id: p.id }, data: { budgetUsed: 5000 } });
    expect(await advancePromotionLifecycle()).toEqual([{ id: p.id, from: "ACTIVE", to: "ENDED", reason: "BUDGET" }]);
  });

  it("roles: an operator cannot approve (403 at the route layer), approving twice is a 409, and shop B cannot see shop A's promotion", async () => {
    const operator = await makeStaff("OPERATOR", shopA);
    const approver = await makeStaff("APPROVER", shopA);
    const p = await createPromotion(operator, tiered());
    await changePromotionStatus(operator, p.id, "submit");
    await changePromotionStatus(approver, p.id, "approve");
    await expect(changePromotionStatus(approver, p.id, "approve")).rejects.toMatchObject({ status: 409 });
    const other = await makeStaff("ADMIN", shopB);
    await expect(changePromotionStatus(other, p.id, "terminate", "no")).rejects.toMatchObject({ status: 404 });
    // over the route layer: an OPERATOR key gets 403 on approve, an APPROVER key 409 (already live)
    const { POST } = await import("@/app/api/admin/promotions/[id]/approve/route");
    const { createApiKey } = await import("@/lib/api-keys/create-api-key");
    const call = async (role: "OPERATOR" | "APPROVER") => {
      const { key } = await createApiKey({ kind: "system" }, { name: role, role, shopId: shopA });
      const req = { method: "POST", url: new URL(`http://x/api/admin/promotions/${p.id}/approve`), header: (n: string) => (n === "authorization" ? `Bearer ${key}` : null), cookies: new Map(), text: async () => "", ip: "t" };
      return POST.raw(req, { id: p.id });
    };
    expect((await call("OPERATOR")).status).toBe(403);
    expect((await call("APPROVER")).status).toBe(409);
  });

  it("editing a live promotion sends it back to review; reject → edit makes a draft again", async () => {
    const admin = await makeStaff("ADMIN", shopA);
    const p = await createPromotion(admin, tiered());
    await changePromotionStatus(admin, p.id, "submit");
    await changePromotionStatus(admin, p.id, "approve");
    const edited = await updatePromotion(admin, p.id, { name: "满300减40" });
    expect(edited.status).toBe("PENDING_REVIEW");
    await changePromotionStatus(admin, p.id, "reject", "threshold too low");
    const again = await updatePromotion(admin, p.id, { labelPriority: 3 });
    expect(again).toMatchObject({ status: "DRAFT", rejectReason: null });
    const audit = await db.auditLog.findMany({ where: { entityId: p.id, action: "update" } });
    expect(audit[0].before).toMatchObject({ name: "满300减30", status: "ACTIVE" });
    expect(audit[0].after).toMatchObject({ name: "满300减40", status: "PENDING_REVIEW" });
  });

  it("terminate needs a live promotion and records the reason; withdrawal takes a SKU out without review", async () => {
    const admin = await makeStaff("ADMIN", shopA);
    const sku = await makeSku(shopA, 10000);
    const p = await createPromotion(admin, tiered({ type: "DISCOUNT", scope: { skuIds: [sku.id] }, rules: { percentOff: 10 } }));
    await expect(changePromotionStatus(admin, p.id, "terminate", "oops")).rejects.toMatchObject({ status: 409 });
    await changePromotionStatus(admin, p.id, "submit");
    await changePromotionStatus(admin, p.id, "approve");
    const w = await withdrawItems(admin, p.id, [sku.id]);
    expect(w).toMatchObject({ status: "ACTIVE", withdrawnSkuIds: [sku.id] });
    clearPricingCache();
    const shopper = await makeShopper();
    expect((await priceCheckout({ shopperId: shopper.id, lines: [{ skuId: sku.id, quantity: 1 }] })).itemDiscount).toBe(0);
    const t = await changePromotionStatus(admin, p.id, "terminate", "supplier out of stock");
    expect(t).toMatchObject({ status: "TERMINATED", terminateReason: "supplier out of stock" });
  });

  it("bad input is refused by field and writes nothing: end before start, increasing tiers, empty scope, foreign SKU, price below floor", async () => {
    const r = createPromotionBodySchema.safeParse({ name: "x", type: "FULL_REDUCTION", startsAt: "2026-12-02", endsAt: "2026-12-01", scope: {}, rules: { basis: "AMOUNT", tiers: [{ threshold: 500, amountOff: 50 }, { threshold: 400, amountOff: 60 }] } });
    expect(r.success).toBe(false);
    const paths = r.success ? [] : r.error.issues.map((i) => i.path.join("."));
    expect(paths).toEqual(expect.arrayContaining(["endsAt", "scope", "rules.tiers.1.threshold"]));
    const admin = await makeStaff("ADMIN", shopA);
    const foreign = await makeSku(shopB, 1000);
    await expect(createPromotion(admin, tiered({ scope: { skuIds: [foreign.id] } }))).rejects.toMatchObject({ status: 400, fields: { "scope.skuIds.0": "belongs to another shop" } });
    const floored = await makeSku(shopA, 10000, { floorPrice: 9000 });
    const body = tiered({ type: "DISCOUNT", scope: { skuIds: [floored.id] }, rules: { items: [{ skuId: floored.id, specialPrice: 8000 }] } });
    await expect(createPromotion(admin, body)).rejects.toMatchObject({ status: 422, code: "FLOOR_PRICE_WARNING" });
    expect(await db.promotion.count()).toBe(0);
    await expect(createPromotion(admin, { ...body, acknowledgeFloorWarnings: true })).resolves.toMatchObject({ status: "DRAFT" });
  });

  it("simulation prices a draft as if it were live, with the shopper's explanation", async () => {
    const admin = await makeStaff("ADMIN", shopA);
    const sku = await makeSku(shopA, 20000);
    const shopper = await makeShopper();
    const p = await createPromotion(admin, tiered({ startsAt: new Date(Date.now() + 48 * HOUR).toISOString(), endsAt: new Date(Date.now() + 72 * HOUR).toISOString() }));
    const r = await simulatePromotion(admin, p.id, { userId: shopper.id, lines: [{ skuId: sku.id, quantity: 1 }] });
    expect(r.notApplied).toContainEqual({ kind: "PROMOTION", id: p.id, reason: "THRESHOLD_NOT_MET" });
    expect(r.hints[0]).toMatchObject({ promotionId: p.id, shortfall: 10000, amountOff: 3000 });
    const r2 = await simulatePromotion(admin, p.id, { userId: shopper.id, lines: [{ skuId: sku.id, quantity: 2 }] });
    expect(r2.applied.find((a) => a.id === p.id)?.amount).toBe(3000);
    expect((await db.promotion.findUniqueOrThrow({ where: { id: p.id } })).status).toBe("DRAFT");
  });
});
