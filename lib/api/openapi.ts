import { z } from "zod";
import { ERROR_CODES } from "./errors";
import type { RouteSpec } from "./handler";
import { routeManifest } from "./route-manifest.generated";
import { isoDateTimeSchema } from "@/lib/validation/dates";

// GET /api/openapi.json: the OpenAPI 3.1 description of every route under app/api, generated
// from the route objects themselves — their zod body and query schemas (the ones that validate
// requests), who may call them (staff roles, shopper, public) — never written by hand.

const METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE"] as const;
type JsonSchema = Record<string, unknown>;

function toSchema(schema: z.ZodType): JsonSchema {
  const out = z.toJSONSchema(schema, {
    io: "input",
    unrepresentable: "any",
    override: (ctx) => {
      if (ctx.zodSchema === isoDateTimeSchema) {
        for (const k of Object.keys(ctx.jsonSchema)) delete (ctx.jsonSchema as JsonSchema)[k];
        Object.assign(ctx.jsonSchema, { type: "string", format: "date-time" });
      }
    },
  }) as JsonSchema;
  delete out.$schema;
  return out;
}

const errorRef = { $ref: "#/components/responses/Error" };

function operation(path: string, method: string, spec: RouteSpec | undefined) {
  const params = [...path.matchAll(/\{(\w+)\}/g)].map((m) => ({ name: m[1], in: "path", required: true, schema: { type: "string", pattern: "^[A-Za-z0-9_-]{1,64}$" } }));
  const query: unknown[] = [];
  if (spec?.query) {
    const q = toSchema(spec.query) as { properties?: Record<string, JsonSchema>; required?: string[] };
    for (const [name, schema] of Object.entries(q.properties ?? {})) query.push({ name, in: "query", required: q.required?.includes(name) ?? false, schema });
  }
  const who =
    spec?.kind === "staff"
      ? `Staff session or API key; roles: ${spec.roles?.join(", ")}.`
      : spec?.kind === "shopper"
        ? "A shopper session, or an API key of role ADMIN or OPERATOR with `userId` (a shop key: its own shop's goods and coupons only). Staff sessions cannot act as shoppers."
        : "Public.";
  const write = method !== "GET";
  return {
    operationId: `${method.toLowerCase()}${path.replace(/[{}]/g, "").replace(/[^A-Za-z0-9]+(.)?/g, (_, c: string | undefined) => (c ? c.toUpperCase() : ""))}`,
    summary: spec?.summary ?? path,
    description: who,
    tags: [path.split("/")[2] === "admin" ? `admin/${path.split("/")[3]}` : path.split("/")[2]],
    security: spec?.kind === "public" || !spec ? [] : [{ bearer: [] }, { session: [] }],
    parameters: [...params, ...query],
    ...(spec?.body ? { requestBody: { required: true, content: { "application/json": { schema: toSchema(spec.body) } } } } : {}),
    responses: {
      [write && spec?.status === 201 ? "201" : "200"]: { description: "OK", content: { "application/json": { schema: { type: "object" } } } },
      ...(write ? { "201": { description: "Created", content: { "application/json": { schema: { type: "object" } } } } } : {}),
      "400": errorRef,
      ...(spec?.kind !== "public" ? { "401": errorRef, "403": errorRef } : {}),
      "404": errorRef,
      ...(write ? { "409": errorRef, "422": errorRef } : {}),
      "429": errorRef,
      "503": errorRef,
    },
  };
}

let cached: unknown = null;

export function openApiDocument() {
  if (cached) return cached;
  const paths: Record<string, Record<string, unknown>> = {};
  for (const { path, module } of routeManifest) {
    const ops: Record<string, unknown> = {};
    if (!module) ops.get = { operationId: "getOpenApi", summary: "This document", tags: ["meta"], security: [], parameters: [], responses: { "200": { description: "OpenAPI 3.1" } } };
    for (const m of METHODS) {
      const handler = module?.[m] as { spec?: RouteSpec } | undefined;
      if (handler) ops[m.toLowerCase()] = operation(path, m, handler.spec);
    }
    paths[path] = ops;
  }
  cached = {
    openapi: "3.1.0",
    info: { title: "Promo Hub API", version: "2", description: "The promotion and marketing system's HTTP API (API.md). Money is integer cents; times are ISO 8601 with an offset." },
    servers: [{ url: "/" }],
    paths,
    components: {
      securitySchemes: { bearer: { type: "http", scheme: "bearer", description: "An API key (platform or shop, with a staff role)" }, session: { type: "apiKey", in: "cookie", name: "next-auth.session-token" } },
      schemas: {
        ErrorCode: { type: "string", enum: Object.keys(ERROR_CODES), description: Object.entries(ERROR_CODES).map(([k, v]) => `${k} (${v.status}): ${v.doc}`).join("\n") },
        Error: {
          type: "object",
          required: ["error"],
          properties: {
            error: {
              type: "object",
              required: ["code", "message"],
              properties: {
                code: { $ref: "#/components/schemas/ErrorCode" },
                message: { type: "string" },
                fields: { type: "object", additionalProperties: { type: "string" }, description: "validation errors: field path → why" },
                details: { type: "object", description: "more about the refusal (e.g. PRICE_CHANGED: pricing; OVERLAP_WARNING: overlaps)" },
              },
            },
          },
        },
      },
      responses: { Error: { description: "The error envelope", content: { "application/json": { schema: { $ref: "#/components/schemas/Error" } } } } },
    },
    "x-error-codes": Object.fromEntries(Object.entries(ERROR_CODES).map(([k, v]) => [k, v.status])),
  };
  return cached;
}
