import { expect, test } from "@playwright/test";
import { bearer, platformKey, shopKey, shops } from "./helpers";

// Issue 4's flow over HTTP: an operator drafts a tiered 满减 and submits it, an approver approves
// it, and the shopper's cart priced through the API shows it applied.
test("operator creates and submits, operator cannot approve (403), approver approves, the cart applies it", async ({ request }) => {
  const [tech] = await shops(request);
  const operator = await shopKey(request, tech.id, "OPERATOR");
  const approver = await shopKey(request, tech.id, "APPROVER");
  const products = await (await request.get("/api/admin/products?q=MS-1", { headers: bearer(operator) })).json();
  const mouse = products.items[0].skus[0];
  const now = Date.now();
  const body = {
      name: "E2E 鼠标满减",
      type: "FULL_REDUCTION",
      startsAt: new Date(now - 60_000).toISOString(),
      endsAt: new Date(now + 86_400_000).toISOString(),
      scope: { skuIds: [mouse.id] },
      rules: { basis: "QUANTITY", tiers: [{ threshold: 2, amountOff: 1000 }, { threshold: 3, amountOff: 2000 }] },
  };
  const created = await request.post("/api/admin/promotions", { headers: bearer(operator), data: body });
  expect(created.status()).toBe(201);
  const promo = await created.json();
  // the demo shop already runs a 满减 on the mouse: the answer lists it, and submitting asks for an acknowledgement
  expect(promo.overlaps.filter((o: { sameType: boolean }) => o.sameType).length).toBeGreaterThan(0);
  expect(promo.status).toBe("DRAFT");

  const bad = await request.post("/api/admin/promotions", { headers: bearer(operator), data: { ...promo, id: undefined, rules: { basis: "QUANTITY", tiers: [{ threshold: 3, amountOff: 1000 }, { threshold: 2, amountOff: 2000 }] } } });
  expect(bad.status()).toBe(400);
  expect((await bad.json()).error.fields).toMatchObject({ "rules.tiers.1.threshold": "tier thresholds must increase" });

  const held = await request.post(`/api/admin/promotions/${promo.id}/submit`, { headers: bearer(operator) });
  expect(held.status()).toBe(422);
  expect((await held.json()).error.code).toBe("OVERLAP_WARNING");
  expect((await request.post(`/api/admin/promotions/${promo.id}/submit`, { headers: bearer(operator), data: { acknowledgeOverlaps: true } })).status()).toBe(200);
  const denied = await request.post(`/api/admin/promotions/${promo.id}/approve`, { headers: bearer(operator) });
  expect(denied.status()).toBe(403);
  const approved = await request.post(`/api/admin/promotions/${promo.id}/approve`, { headers: bearer(approver) });
  expect((await approved.json()).status).toBe("ACTIVE");

  const shopper = await (await request.post("/api/admin/shoppers", { headers: bearer(platformKey()), data: { externalId: "e2e-promo-1", name: "满减测试", firstOrderDone: true } })).json();
  // the preview cache refreshes within 2 s
  await expect
    .poll(async () => {
      const priced = await (await request.post("/api/checkout/price", { headers: bearer(platformKey()), data: { userId: shopper.id, lines: [{ skuId: mouse.id, quantity: 2 }] } })).json();
      return priced.applied.find((a: { id: string }) => a.id === promo.id)?.amount ?? 0;
    }, { timeout: 10_000 })
    .toBeGreaterThan(0);

  const audit = await (await request.get(`/api/admin/audit-log?entity=promotion&entityId=${promo.id}`, { headers: bearer(approver) })).json();
  expect(audit.items.map((a: { action: string }) => a.action)).toEqual(["approve", "submit", "create"]);

  const [, other] = await shops(request);
  const otherKey = await shopKey(request, other.id, "ADMIN");
  expect((await request.get(`/api/admin/promotions/${promo.id}`, { headers: bearer(otherKey) })).status()).toBe(404);
});
