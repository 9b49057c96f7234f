import { expect, test } from "@playwright/test";
import { bearer, platformKey } from "./helpers";

// The host system prices a cart and runs an order through pay and refund over HTTP.

async function skuByCode(request: import("@playwright/test").APIRequestContext, code: string) {
  const res = await request.get(`/api/admin/products?q=${code}`, { headers: bearer(platformKey()) });
  const items = (await res.json()).items as { skus: { id: string; code: string; price: number }[] }[];
  return items.flatMap((p) => p.skus).find((s) => s.code === code)!;
}

async function shopperId(request: import("@playwright/test").APIRequestContext, externalId: string, name: string) {
  const res = await request.post("/api/admin/shoppers", { headers: bearer(platformKey()), data: { externalId, name, firstOrderDone: true, memberLevel: "V1" } });
  return (await res.json()).id as string;
}

test("price → order (idempotent) → pay → partial refund, with the 满减 and free shipping explained", async ({ request }) => {
  const key = platformKey();
  const userId = await shopperId(request, "e2e-checkout-1", "结账测试");
  const phone = await skuByCode(request, "LITE-64"); // ¥1299, 限时直降 to ¥1099 and 满300减30 / 满600减80
  const cable = await skuByCode(request, "CBL-C");
  const body = { userId, lines: [{ skuId: phone.id, quantity: 1 }, { skuId: cable.id, quantity: 2 }] };
  const priced = await (await request.post("/api/checkout/price", { headers: bearer(key), data: body })).json();
  expect(priced.currency).toBe("CNY");
  expect(priced.itemDiscount).toBe(20000);
  expect(priced.applied.map((a: { type: string }) => a.type)).toEqual(expect.arrayContaining(["DISCOUNT", "FULL_REDUCTION"]));
  expect(priced.lines.reduce((a: number, l: { payable: number }) => a + l.payable, 0)).toBe(priced.total - priced.shippingFee + priced.shippingDiscount);

  const orderBody = { ...body, idempotencyKey: `e2e-${Date.now()}` };
  const placed = await request.post("/api/orders", { headers: bearer(key), data: orderBody });
  expect(placed.status()).toBe(201);
  const order = await placed.json();
  expect(order).toMatchObject({ status: "PENDING_PAYMENT", total: priced.total });
  const again = await request.post("/api/orders", { headers: bearer(key), data: orderBody });
  expect(again.status()).toBe(200);
  expect((await again.json()).id).toBe(order.id);

  const paid = await request.post(`/api/orders/${order.id}/pay`, { headers: bearer(key), data: { userId } });
  expect((await paid.json()).status).toBe("PAID");
  const cableLine = order.pricing.lines.find((l: { skuId: string }) => l.skuId === cable.id);
  const refund = await request.post(`/api/orders/${order.id}/refunds`, { headers: bearer(key), data: { userId, lines: [{ skuId: cable.id, quantity: 1 }], reason: "不想要了" } });
  expect(refund.status()).toBe(201);
  expect((await refund.json()).amount).toBe(Math.floor(cableLine.payable / 2));
  const over = await request.post(`/api/orders/${order.id}/refunds`, { headers: bearer(key), data: { userId, lines: [{ skuId: cable.id, quantity: 5 }], reason: "不想要了" } });
  expect(over.status()).toBe(422);
});

test("checkout input errors use the envelope: unknown SKU, zero quantity, missing userId with a key", async ({ request }) => {
  const key = platformKey();
  const userId = await shopperId(request, "e2e-checkout-2", "错误测试");
  const unknown = await request.post("/api/checkout/price", { headers: bearer(key), data: { userId, lines: [{ skuId: "nope", quantity: 1 }] } });
  expect(unknown.status()).toBe(400);
  expect((await unknown.json()).error.fields).toEqual({ "lines.0.skuId": "no such SKU" });
  const zero = await request.post("/api/checkout/price", { headers: bearer(key), data: { userId, lines: [{ skuId: "x", quantity: 0 }] } });
  expect((await zero.json()).error.fields).toEqual({ "lines.0.quantity": "must be at least 1" });
  const noUser = await request.post("/api/checkout/price", { headers: bearer(key), data: { lines: [{ skuId: "x", quantity: 1 }] } });
  expect((await noUser.json()).error.fields).toEqual({ userId: "required" });
});

test("a signed-in shopper prices with the session cookie (any userId is ignored) on the fast path", async ({ page }) => {
  const { signIn } = await import("./helpers");
  await signIn(page, "/login", "alice@demo.test");
  await expect(page).toHaveURL(/localhost:\d+\/(en)?$/);
  const nuts = await skuByCode(page.request, "NUT-30"); // 新人专享 ¥99 for new users (Alice is new)
  const res = await page.request.post("/api/checkout/price", { data: { userId: "someone-else", lines: [{ skuId: nuts.id, quantity: 1 }] } });
  expect(res.status()).toBe(200);
  const priced = await res.json();
  expect(priced.lines[0].itemOffer).toMatchObject({ type: "DISCOUNT", amount: 12900 - 9900 });
  const anonymous = await page.context().browser()!.newContext();
  const refused = await anonymous.request.post(`${test.info().project.use.baseURL}/api/checkout/price`, { data: { lines: [{ skuId: nuts.id, quantity: 1 }] } });
  expect(refused.status()).toBe(401);
  await anonymous.close();
});
