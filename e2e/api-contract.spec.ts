import { expect, test } from "@playwright/test";
import { bearer, platformKey, shopKey, shops } from "./helpers";

// The setup endpoints of API.md over real HTTP: tenancy, the error envelope, and "an error
// changes nothing".

test.describe("setup API", () => {
  let keyA: string;
  let keyB: string;
  let shopA: string;
  let shopB: string;

  test.beforeAll(async ({ request }) => {
    const all = await shops(request);
    [shopA, shopB] = [all[0].id, all[1].id];
    keyA = await shopKey(request, shopA);
    keyB = await shopKey(request, shopB);
  });

  const countByName = async (request: import("@playwright/test").APIRequestContext, key: string, q: string) => {
    const res = await request.get(`/api/admin/products?q=${encodeURIComponent(q)}`, { headers: bearer(key) });
    return ((await res.json()).items as unknown[]).length;
  };

  test("a shop key creates a product in its own shop (201) and reads it back", async ({ request }) => {
    const res = await request.post("/api/admin/products", { headers: bearer(keyA), data: { name: "E2E 水杯", skus: [{ code: "E2E-CUP", price: 2590, stock: 5, floorPrice: 1990, memberPrices: { V2: 2390 } }] } });
    expect(res.status()).toBe(201);
    const product = await res.json();
    expect(product).toMatchObject({ name: "E2E 水杯", shopId: shopA, skus: [{ code: "E2E-CUP", price: 2590, stock: 5, floorPrice: 1990, memberPrices: { V2: 2390 } }] });
    const get = await request.get(`/api/admin/products/${product.id}`, { headers: bearer(keyA) });
    expect(get.status()).toBe(200);
  });

  test("shop A's key gets 404 on shop B's product and 403 creating in shop B", async ({ request }) => {
    const created = await request.post("/api/admin/products", { headers: bearer(keyB), data: { name: "B only", skus: [{ code: "B-ONLY", price: 100, stock: 1 }] } });
    expect(created.status()).toBe(201);
    const productB = await created.json();
    const read = await request.get(`/api/admin/products/${productB.id}`, { headers: bearer(keyA) });
    expect(read.status()).toBe(404);
    expect((await read.json()).error.code).toBe("NOT_FOUND");
    const write = await request.post("/api/admin/products", { headers: bearer(keyA), data: { name: "into B", shopId: shopB, skus: [{ code: "X-1", price: 100, stock: 1 }] } });
    expect(write.status()).toBe(403);
    expect((await write.json()).error.code).toBe("FORBIDDEN");
    expect(await countByName(request, platformKey(), "into B")).toBe(0);
  });

  test("malformed JSON gets 400 MALFORMED_JSON", async ({ request }) => {
    const res = await request.post("/api/admin/products", { headers: { ...bearer(keyA), "content-type": "application/json" }, data: Buffer.from('{"name": "broken",') });
    expect(res.status()).toBe(400);
    const body = await res.json();
    expect(body.error.code).toBe("MALFORMED_JSON");
    expect(body.error.message).toMatch(/JSON/);
  });

  test("missing fields are named in error.fields and nothing is created", async ({ request }) => {
    const res = await request.post("/api/admin/products", { headers: bearer(keyA), data: { description: "no name, no skus" } });
    expect(res.status()).toBe(400);
    const { error } = await res.json();
    expect(error.code).toBe("VALIDATION_FAILED");
    expect(Object.keys(error.fields).sort()).toEqual(["name", "skus"]);
  });

  test("a negative price is refused with the field path and changes nothing", async ({ request }) => {
    const res = await request.post("/api/admin/products", { headers: bearer(keyA), data: { name: "负价商品", skus: [{ code: "NEG-1", price: -100, stock: 1 }] } });
    expect(res.status()).toBe(400);
    const { error } = await res.json();
    expect(error.fields).toEqual({ "skus.0.price": "must not be negative" });
    expect(await countByName(request, keyA, "负价商品")).toBe(0);
  });

  test("a fractional price (float money) is refused", async ({ request }) => {
    const res = await request.post("/api/admin/products", { headers: bearer(keyA), data: { name: "float", skus: [{ code: "F-1", price: 19.9, stock: 1 }] } });
    expect(res.status()).toBe(400);
    expect((await res.json()).error.fields["skus.0.price"]).toBe("must be a whole number of cents");
  });

  test("unknown ids: a missing product is 404, an unknown category is a field error", async ({ request }) => {
    const missing = await request.get("/api/admin/products/does-not-exist", { headers: bearer(keyA) });
    expect(missing.status()).toBe(404);
    const res = await request.post("/api/admin/products", { headers: bearer(keyA), data: { name: "无分类", categoryId: "no-such-category", skus: [{ code: "NC-1", price: 100, stock: 1 }] } });
    expect(res.status()).toBe(400);
    expect((await res.json()).error.fields).toEqual({ categoryId: "no such category" });
    expect(await countByName(request, keyA, "无分类")).toBe(0);
  });

  test("no key → 401; an unknown key → 401; a shop key cannot create shops or categories", async ({ request }) => {
    expect((await request.get("/api/admin/products")).status()).toBe(401);
    expect((await request.get("/api/admin/products", { headers: bearer("pk_nope") })).status()).toBe(401);
    expect((await request.post("/api/admin/shops", { headers: bearer(keyA), data: { name: "x", shippingFee: 0 } })).status()).toBe(403);
    expect((await request.post("/api/admin/categories", { headers: bearer(keyA), data: { name: "x" } })).status()).toBe(403);
  });

  test("an ANALYST key is read-only", async ({ request }) => {
    const analyst = await shopKey(request, shopA, "ANALYST");
    expect((await request.get("/api/admin/products", { headers: bearer(analyst) })).status()).toBe(200);
    const res = await request.post("/api/admin/products", { headers: bearer(analyst), data: { name: "nope", skus: [{ code: "AN-1", price: 1, stock: 1 }] } });
    expect(res.status()).toBe(403);
  });

  test("platform setup: shop, category tree and shopper upsert", async ({ request }) => {
    const key = platformKey();
    const shop = await request.post("/api/admin/shops", { headers: bearer(key), data: { name: "E2E 小店", shippingFee: 500, freeShippingThreshold: 4900 } });
    expect(shop.status()).toBe(201);
    expect(await shop.json()).toMatchObject({ name: "E2E 小店", shippingFee: 500, freeShippingThreshold: 4900 });
    const parent = await (await request.post("/api/admin/categories", { headers: bearer(key), data: { name: "E2E 根" } })).json();
    const child = await request.post("/api/admin/categories", { headers: bearer(key), data: { name: "E2E 子", parentId: parent.id } });
    expect(child.status()).toBe(201);
    expect(await child.json()).toMatchObject({ name: "E2E 子", parentId: parent.id });
    const first = await request.post("/api/admin/shoppers", { headers: bearer(key), data: { externalId: "e2e-77", name: "韩梅梅", memberLevel: "V2", tags: ["vip"], birthday: "1999-01-02" } });
    expect(first.status()).toBe(201);
    const again = await request.post("/api/admin/shoppers", { headers: bearer(key), data: { externalId: "e2e-77", name: "韩梅梅", memberLevel: "V3" } });
    expect(again.status()).toBe(200);
    expect(await again.json()).toMatchObject({ id: (await first.json()).id, memberLevel: "V3", tags: ["vip"], birthday: "1999-01-02" });
    const bad = await request.post("/api/admin/shoppers", { headers: bearer(key), data: { externalId: "e2e-78", name: "x", memberLevel: "gold", birthday: "yesterday" } });
    expect(bad.status()).toBe(400);
    expect(Object.keys((await bad.json()).error.fields).sort()).toEqual(["birthday", "memberLevel"]);
  });
});
