import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { createApiKey } from "@/lib/api-keys/create-api-key";
import { resolveApiKey } from "@/lib/auth/resolve-api-key";
import { hashApiKey } from "@/lib/auth/api-key-secret";
import { createRateLimiter, hitRateLimit } from "@/lib/redis/rate-limit";
import { makeShop, makeStaff, resetDb } from "./fixtures";

describe("API keys", () => {
  let shopA: string, shopB: string;
  beforeAll(async () => {
    await resetDb();
    shopA = (await makeShop("A")).id;
    shopB = (await makeShop("B")).id;
  });

  it("stores only a hash and resolves the key to a staff actor of its shop", async () => {
    const admin = await makeStaff("ADMIN", shopA);
    const created = await createApiKey(admin, { name: "erp", role: "OPERATOR", shopId: undefined });
    const row = await db.apiKey.findUniqueOrThrow({ where: { id: created.id } });
    expect(row.keyHash).toBe(hashApiKey(created.key));
    expect(JSON.stringify(row)).not.toContain(created.key);
    expect(await resolveApiKey(created.key)).toMatchObject({ kind: "staff", role: "OPERATOR", shopId: shopA, via: "apiKey" });
    expect(await resolveApiKey(created.key + "x")).toBeNull();
  });

  it("a shop admin cannot mint a key for another shop or the platform", async () => {
    const admin = await makeStaff("ADMIN", shopA);
    await expect(createApiKey(admin, { name: "x", role: "ADMIN", shopId: shopB })).rejects.toMatchObject({ status: 403 });
    const platform = await makeStaff("ADMIN", null);
    const k = await createApiKey(platform, { name: "platform", role: "ADMIN", shopId: null });
    expect(k.shopId).toBeNull();
  });
});

describe("Redis rate limit", () => {
  it("lets exactly `limit` of 200 concurrent hits through", async () => {
    const bucket = `test-${Date.now()}`;
    const results = await Promise.all(Array.from({ length: 200 }, () => hitRateLimit(bucket, 37, 60_000)));
    expect(results.filter((r) => r.allowed)).toHaveLength(37);
  });

  it("three instances leasing allowance in batches still let exactly `limit` through in total", async () => {
    const bucket = `test-multi-${Date.now()}`;
    const instances = [createRateLimiter(), createRateLimiter(), createRateLimiter()];
    const results = await Promise.all(Array.from({ length: 1500 }, (_, i) => instances[i % 3](bucket, 1000, 60_000)));
    expect(results.filter((r) => r.allowed)).toHaveLength(1000);
  });
});
