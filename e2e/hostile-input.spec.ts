import { expect, test, type APIRequestContext } from "@playwright/test";
import { bearer, platformKey, shopperWithPassword, sql } from "./helpers";

// The hostile-input table (SPEC §12), generated from the routes themselves (GET /api/openapi.json):
// for every mutating route, NUL text, a number past a 32-bit column, an impossible date and a
// NUL path id are each answered 400 with the envelope naming the field — and nothing is written.
// A route added later is in the table without touching this file.

type Schema = { type?: string | string[]; format?: string; properties?: Record<string, Schema>; required?: string[]; items?: Schema; enum?: unknown[]; anyOf?: Schema[]; minimum?: number; minItems?: number };
type Op = { path: string; method: string; description: string; requestBody?: { content: { "application/json": { schema: Schema } } } };

const SKIP = new Set(["/api/auth/{nextauth}"]);

function sample(s: Schema, path: string[] = [], found: { strings: string[][]; ints: string[][]; dates: string[][] } = { strings: [], ints: [], dates: [] }): unknown {
  const type = Array.isArray(s.type) ? s.type[0] : s.type;
  if (s.anyOf) return sample(s.anyOf.find((x) => x.type === "string") ?? s.anyOf[0], path, found);
  if (s.enum) return s.enum[0];
  if (type === "string") {
    if (s.format === "date-time") {
      found.dates.push(path);
      return new Date(Date.now() + 86_400_000).toISOString();
    }
    found.strings.push(path);
    return "x";
  }
  if (type === "integer" || type === "number") {
    found.ints.push(path);
    return Math.max(1, s.minimum ?? 1);
  }
  if (type === "boolean") return true;
  if (type === "array") return [sample(s.items ?? { type: "string" }, [...path, "0"], found)];
  if (type === "object" || s.properties) return Object.fromEntries(Object.entries(s.properties ?? {}).map(([k, v]) => [k, sample(v, [...path, k], found)]));
  return "x";
}

function setAt(obj: unknown, path: string[], value: unknown): unknown {
  const copy = structuredClone(obj) as Record<string, unknown>;
  let cur = copy as Record<string, unknown>;
  path.slice(0, -1).forEach((k) => (cur = cur[k] as Record<string, unknown>));
  cur[path[path.length - 1]] = value;
  return copy;
}

async function mutatingOps(request: APIRequestContext): Promise<Op[]> {
  const doc = await (await request.get("/api/openapi.json")).json();
  return Object.entries(doc.paths as Record<string, Record<string, Omit<Op, "path" | "method">>>)
    .flatMap(([path, ops]) => Object.entries(ops).map(([method, op]) => ({ ...op, path, method: method.toUpperCase() })))
    .filter((o) => o.method !== "GET" && !SKIP.has(o.path));
}

test("hostile input over every mutating route: 400 + envelope + the field named, nothing written", async ({ request }) => {
  test.setTimeout(180_000);
  const made = await (await request.post("/api/admin/api-keys", { headers: bearer(platformKey()), data: { name: `hostile-${Date.now()}`, role: "ADMIN" } })).json();
  const key = made.key as string;
  const shopper = (await shopperWithPassword(request, "hostile")).id;
  const ops = await mutatingOps(request);
  expect(ops.length).toBeGreaterThanOrEqual(25);
  const rows: string[] = [];

  for (const op of ops) {
    const found = { strings: [] as string[][], ints: [] as string[][], dates: [] as string[][] };
    const schema = op.requestBody?.content["application/json"].schema;
    const base = { ...(schema ? (sample(schema, [], found) as object) : {}), userId: shopper };
    const url = op.path.replace(/\{[^}]+\}/g, "zz0000000000000000000000");
    const send = (data: unknown, path = url) => request.fetch(path, { method: op.method, headers: { ...bearer(key), "content-type": "application/json" }, data: JSON.stringify(data) });
    const expect400 = async (res: Awaited<ReturnType<typeof send>>, field: string | RegExp, what: string) => {
      const body = await res.json().catch(() => null);
      expect(res.status(), `${op.method} ${op.path} ${what}: ${JSON.stringify(body)}`).toBe(400);
      expect(body?.error?.code, `${op.method} ${op.path} ${what}`).toMatch(/^(VALIDATION_FAILED|MALFORMED_URL)$/);
      expect(Object.keys(body.error.fields ?? {}).some((k) => (typeof field === "string" ? k === field : field.test(k))), `${op.method} ${op.path} ${what}: ${JSON.stringify(body.error.fields)}`).toBe(true);
      rows.push(`${op.method} ${op.path} · ${what} → 400 ${JSON.stringify(body.error.fields)}`);
    };

    // NUL and a lone surrogate in text
    const textAt = found.strings.find((p) => p[p.length - 1] !== "userId") ?? ["note"];
    await expect400(await send(setAt(base, textAt, "a\u0000b")), textAt.join("."), "NUL text");
    await expect400(await send(setAt(base, textAt, "a\ud800b")), textAt.join("."), "lone surrogate");
    // a number the integer columns cannot hold
    const intAt = found.ints[0] ?? ["n"];
    await expect400(await send(setAt(base, intAt, 2_147_483_648)), intAt.join("."), "number past the column");
    // impossible and mistyped dates
    for (const at of found.dates.slice(0, 1)) {
      await expect400(await send(setAt(base, at, "2026-02-30T10:00:00+08:00")), at.join("."), "impossible date");
      await expect400(await send(setAt(base, at, true)), at.join("."), "a boolean for a date");
      await expect400(await send(setAt(base, at, "+275760-09-13T00:00:00Z")), at.join("."), "year out of range");
    }
    // a path id the database cannot hold
    if (op.path.includes("{")) await expect400(await send(base, op.path.replace(/\{[^}]+\}/, "a%00b").replace(/\{[^}]+\}/g, "zz0000000000000000000000")), /^params\./, "NUL path id");
  }

  // nothing written by any of them: no audit entry by the key, nothing for the shopper
  expect(await sql(`SELECT action, entity FROM "AuditLog" WHERE "actorId" = $1`, [made.id])).toEqual([]);
  const [counts] = await sql<{ orders: number; coupons: number; jobs: number }>(
    `SELECT (SELECT count(*) FROM "Order" WHERE "shopperId" = $1)::int AS orders, (SELECT count(*) FROM "UserCoupon" WHERE "shopperId" = $1)::int AS coupons, (SELECT count(*) FROM "Job" WHERE "createdBy" = $2)::int AS jobs`,
    [shopper, made.id],
  );
  expect(counts).toEqual({ orders: 0, coupons: 0, jobs: 0 });
  test.info().annotations.push({ type: "hostile-input table", description: `${rows.length} rows` });
  console.log(`hostile-input table: ${rows.length} requests over ${ops.length} mutating routes, all 400\n${rows.join("\n")}`);
});

test("other shops' ids are not found through a shop key (a table over the staff routes with an id)", async ({ request }) => {
  const [{ id: shopA }, { id: shopB }] = (await (await request.get("/api/admin/shops", { headers: bearer(platformKey()) })).json()).items;
  const mint = async (shopId: string) => (await (await request.post("/api/admin/api-keys", { headers: bearer(platformKey()), data: { name: `ids-${shopId}-${Date.now()}`, shopId, role: "ADMIN" } })).json()).key as string;
  const [keyA, keyB] = [await mint(shopA), await mint(shopB)];
  const now = Date.now();
  const promo = await (await request.post("/api/admin/promotions", { headers: bearer(keyB), data: { name: "B 的活动", type: "FULL_REDUCTION", startsAt: new Date(now + 86_400_000).toISOString(), endsAt: new Date(now + 2 * 86_400_000).toISOString(), scope: { all: true }, rules: { basis: "AMOUNT", tiers: [{ threshold: 10000, amountOff: 100 }] }, acknowledgeOverlaps: true } })).json();
  const template = await (await request.post("/api/admin/coupon-templates", { headers: bearer(keyB), data: { name: "B 券", kind: "AMOUNT_OFF", amountOff: 100, validDays: 3, stacksWithPromotions: true, totalQuantity: 5 } })).json();
  const product = await (await request.post("/api/admin/products", { headers: bearer(keyB), data: { name: "B 品", skus: [{ code: `BP-${now}`, price: 100, stock: 1 }] } })).json();
  const cases: [string, string, unknown][] = [
    ["GET", `/api/admin/promotions/${promo.id}`, undefined],
    ["PATCH", `/api/admin/promotions/${promo.id}`, { name: "stolen" }],
    ["POST", `/api/admin/promotions/${promo.id}/submit`, {}],
    ["POST", `/api/admin/promotions/${promo.id}/approve`, {}],
    ["POST", `/api/admin/promotions/${promo.id}/terminate`, { reason: "supplier out of stock" }],
    ["GET", `/api/admin/promotions/${promo.id}/report`, undefined],
    ["POST", `/api/admin/promotions/${promo.id}/report/export`, {}],
    ["POST", `/api/admin/coupon-templates/${template.id}/codes`, { code: "STOLEN1" }],
    ["POST", `/api/admin/coupon-templates/${template.id}/grant`, { userIds: ["x"] }],
    ["GET", `/api/admin/products/${product.id}`, undefined],
    ["PATCH", `/api/admin/shops/${shopB}`, { refundAutoApproveBelow: 99_999_999, timeZone: "UTC" }],
  ];
  for (const [method, path, data] of cases) {
    const res = await request.fetch(path, { method, headers: bearer(keyA), ...(data ? { data } : {}) });
    expect(res.status(), `${method} ${path}`).toBe(404);
  }
  expect((await sql(`SELECT name, status FROM "Promotion" WHERE id = $1`, [promo.id]))[0]).toEqual({ name: "B 的活动", status: "DRAFT" });
  expect((await sql(`SELECT "timeZone" FROM "Shop" WHERE id = $1`, [shopB]))[0].timeZone).toBe("Asia/Shanghai");
});
