import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { createProduct } from "@/lib/catalogue/create-product";
import { getProduct } from "@/lib/catalogue/get-product";
import { listProducts } from "@/lib/catalogue/list-products";
import { createCategory } from "@/lib/catalogue/create-category";
import { createProductBodySchema } from "@/lib/catalogue/product-schemas";
import { upsertShopper } from "@/lib/shoppers/upsert-shopper";
import { AppError } from "@/lib/api/errors";
import { makeShop, makeStaff, resetDb, skuBody } from "./fixtures";

const body = (name: string, skus = [skuBody(`${name}-1`)], extra = {}) => createProductBodySchema.parse({ name, skus, ...extra });

describe("catalogue and tenancy against PostgreSQL", () => {
  let shopA: string, shopB: string;
  beforeAll(async () => {
    await resetDb();
    shopA = (await makeShop("A")).id;
    shopB = (await makeShop("B")).id;
  });

  it("shop staff create products in their own shop, with an audit entry", async () => {
    const opA = await makeStaff("OPERATOR", shopA);
    const product = await createProduct(opA, body("kettle"));
    expect(product.shopId).toBe(shopA);
    const audit = await db.auditLog.findMany({ where: { entity: "product", entityId: product.id } });
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ action: "create", actorId: opA.id, shopId: shopA });
  });

  it("naming another shop is refused and writes nothing", async () => {
    const opA = await makeStaff("OPERATOR", shopA);
    const before = await db.product.count();
    await expect(createProduct(opA, body("sneaky", [skuBody("sneaky-1")], { shopId: shopB }))).rejects.toMatchObject({ code: "FORBIDDEN", status: 403 });
    expect(await db.product.count()).toBe(before);
  });

  it("shop B's product is invisible to shop A (404) but visible to platform staff", async () => {
    const opB = await makeStaff("ADMIN", shopB);
    const productB = await createProduct(opB, body("blender"));
    const analystA = await makeStaff("ANALYST", shopA);
    await expect(getProduct(analystA, productB.id)).rejects.toMatchObject({ status: 404 });
    const listA = await listProducts(analystA, {});
    expect(listA.items.every((p) => p.shopId === shopA)).toBe(true);
    const platform = await makeStaff("ANALYST", null);
    expect((await getProduct(platform, productB.id)).id).toBe(productB.id);
  });

  it("a duplicate SKU code in the same shop is a conflict and rolls back", async () => {
    const adminA = await makeStaff("ADMIN", shopA);
    await createProduct(adminA, body("mug", [skuBody("MUG-1")]));
    const before = await db.product.count();
    await expect(createProduct(adminA, body("mug2", [skuBody("MUG-1")]))).rejects.toMatchObject({ status: 409 });
    expect(await db.product.count()).toBe(before);
    // the same code in another shop is fine
    const adminB = await makeStaff("ADMIN", shopB);
    await expect(createProduct(adminB, body("mug-b", [skuBody("MUG-1")]))).resolves.toBeTruthy();
  });

  it("an unknown category is a field error and writes nothing", async () => {
    const adminA = await makeStaff("ADMIN", shopA);
    const err = await createProduct(adminA, body("lamp", [skuBody("LAMP-1")], { categoryId: "nope" })).catch((e) => e);
    expect(err).toBeInstanceOf(AppError);
    expect(err.fields).toEqual({ categoryId: "no such category" });
  });

  it("categories are a platform tree: shop staff cannot add to it; descendants share the path prefix", async () => {
    const platform = await makeStaff("ADMIN", null);
    const root = await createCategory(platform, { name: "数码" });
    const child = await createCategory(platform, { name: "手机", parentId: root.id });
    const [r, c] = await Promise.all([db.category.findUniqueOrThrow({ where: { id: root.id } }), db.category.findUniqueOrThrow({ where: { id: child.id } })]);
    expect(c.path.startsWith(r.path)).toBe(true);
    await expect(createCategory(await makeStaff("ADMIN", shopA), { name: "x" })).rejects.toMatchObject({ status: 403 });
  });

  it("shopper sync upserts by externalId", async () => {
    const admin = await makeStaff("ADMIN", null);
    const first = await upsertShopper(admin, { externalId: "ext-1", name: "Li Lei", memberLevel: "V1", tags: ["a"] });
    const second = await upsertShopper(admin, { externalId: "ext-1", name: "Li Lei", memberLevel: "V2" });
    expect(first.created).toBe(true);
    expect(second.created).toBe(false);
    expect(second.shopper).toMatchObject({ id: first.shopper.id, memberLevel: "V2", tags: ["a"] });
    expect(await db.shopper.count({ where: { externalId: "ext-1" } })).toBe(1);
  });
});
