import { readFileSync } from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { routeFiles, urlPath } from "../scripts/gen-route-manifest";

// GET /api/openapi.json describes every route file under app/api (each exported method) and the
// production server's fast paths, with the closed list of error codes.

test("the OpenAPI document lists every route of app/api and the fast path, with the error codes", async ({ request }) => {
  const res = await request.get("/api/openapi.json");
  expect(res.status()).toBe(200);
  const doc = await res.json();
  expect(doc.openapi).toBe("3.1.0");
  for (const file of routeFiles()) {
    const p = urlPath(file);
    const methods = [...readFileSync(file, "utf8").matchAll(/export (?:const|async function|function) (GET|POST|PUT|PATCH|DELETE)\b|export \{ handler as (GET|POST)/g)].map((m) => (m[1] ?? m[2]).toLowerCase());
    expect(doc.paths[p], p).toBeTruthy();
    for (const m of methods) expect(doc.paths[p][m], `${m.toUpperCase()} ${p}`).toBeTruthy();
  }
  const fast = readFileSync(path.join(process.cwd(), "server", "fast-routes.ts"), "utf8");
  const fastPaths = [...fast.matchAll(/"(GET|POST) (\/api\/[^"]+)"/g)].map((m) => [m[1], m[2]]).concat([...fast.matchAll(/method: "(GET|POST)".*?path: "([^"]+)"/g)].map((m) => [m[1], m[2]]));
  expect(fastPaths.length).toBeGreaterThanOrEqual(2);
  for (const [m, p] of fastPaths) expect(doc.paths[p]?.[m.toLowerCase()], `fast path ${m} ${p}`).toBeTruthy();
  // request bodies come from the zod schemas that validate them
  expect(doc.paths["/api/orders"].post.requestBody.content["application/json"].schema.required).toEqual(expect.arrayContaining(["lines", "idempotencyKey"]));
  expect(doc.paths["/api/admin/promotions"].post.requestBody.content["application/json"].schema.properties.startsAt).toMatchObject({ type: "string", format: "date-time" });
  expect(doc.components.schemas.ErrorCode.enum).toEqual(expect.arrayContaining(["VALIDATION_FAILED", "FORBIDDEN", "PRICE_CHANGED", "RATE_LIMITED", "UNAVAILABLE"]));
  expect(doc["x-error-codes"]).toMatchObject({ VALIDATION_FAILED: 400, NOT_FOUND: 404, RATE_LIMITED: 429 });
});
