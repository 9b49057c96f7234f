import { NextResponse, type NextRequest } from "next/server";
import { getToken } from "next-auth/jwt";
import type { z } from "zod";
import type { StaffRole } from "@/lib/generated/prisma/enums";
import type { Actor, StaffActor } from "@/lib/auth/actor";
import { actorFromToken } from "@/lib/auth/session-actor";
import { resolveApiKey } from "@/lib/auth/resolve-api-key";
import { assertStaff, ALL_STAFF } from "@/lib/auth/guards";
import { assertShopperExists } from "@/lib/auth/shopper-exists";
import type { ShopperScope } from "@/lib/auth/shopper-scope";
import { hitRateLimit } from "@/lib/redis/rate-limit";
import { env } from "@/lib/env";
import { findHostile, PATH_ID } from "@/lib/validation/hostile-input";
import { AppError, forbidden, toAppError, validationError } from "./errors";
import { assertSameOrigin } from "./origin-check";
import { fromNextRequest, type RawRequest } from "./raw-request";
import { logError } from "./log";
import { randomUUID } from "node:crypto";
import { logger, runWithRequestId } from "@/lib/ops/logger";
import { observeRequest, routePattern } from "@/lib/ops/metrics";

// The one wrapper of every route handler: validate path ids, resolve the actor (API key or
// session cookie, staff re-checked against their row), refuse cross-origin cookie writes, check
// role and shop rule, rate-limit, refuse what the database cannot hold, parse body and query with
// zod, map every error to the envelope. A route is built once and served both by Next.js (the
// exported function) and, for the hottest paths, by the plain Node fast path (its `.raw`).

type Schema = z.ZodType | undefined;
type Out<S extends Schema> = S extends z.ZodType ? z.output<S> : undefined;
type RouteContext = { params: Promise<Record<string, string>> };

type BaseCtx<B extends Schema, Q extends Schema> = {
  req: RawRequest;
  body: Out<B>;
  query: Out<Q>;
  params: Record<string, string>;
  ip: string;
};

type Options<B extends Schema, Q extends Schema> = {
  body?: B;
  query?: Q;
  rateLimit?: { name: string; limit: number; windowMs: number };
  /** false: the route applies its own limits instead of the per-minute defaults (flash-sale attempts) */
  defaultRateLimit?: false;
  /** one line for the OpenAPI description */
  summary?: string;
};

/** What the OpenAPI generator reads of a route (lib/api/openapi.ts). */
export type RouteSpec = { kind: "staff" | "shopper" | "public"; roles?: StaffRole[]; body?: z.ZodType; query?: z.ZodType; summary?: string; status?: number };

const REPLY = Symbol("reply");
export type Reply = { [REPLY]: true; status: number; body: unknown; response?: Response; headers?: Record<string, string> };

/** A JSON answer with a status (200 unless given). */
export function json(body: unknown, status = 200): Reply {
  return { [REPLY]: true, status, body };
}

/** A ready-made response (file downloads, event streams); served by the Next.js adapter. */
export function responseReply(response: Response): Reply {
  return { [REPLY]: true, status: response.status, body: null, response };
}

export function errorReply(err: unknown): Reply {
  const e = toAppError(err);
  if (e.status >= 500) logError(err, e.code);
  const reply = json({ error: { code: e.code, message: e.message, ...(e.fields ? { fields: e.fields } : {}), ...(e.details ? { details: e.details } : {}) } }, e.status);
  if (e.status === 503) reply.headers = { "retry-after": "2" };
  if (e.status === 429) reply.headers = { "retry-after": String(Math.max(1, Number(e.details?.retryAfterSeconds ?? 1))) };
  return reply;
}

async function resolveActor(req: RawRequest): Promise<Actor | null> {
  const auth = req.header("authorization");
  if (auth?.startsWith("Bearer ")) {
    const actor = await resolveApiKey(auth.slice(7).trim());
    if (!actor) throw new AppError("UNAUTHENTICATED", "Unknown or revoked API key");
    return actor;
  }
  if (!req.header("cookie")) return null;
  const token = await getToken({ req: { cookies: req.cookies, headers: {} } as never, secret: env().NEXTAUTH_SECRET });
  const actor = await actorFromToken(token);
  // a session cookie proves nothing about where the request came from: writes must be same-origin
  if (actor) assertSameOrigin(req);
  return actor;
}

async function rateLimit(actor: Actor | null, ip: string) {
  const e = env();
  const checks: [string, number][] =
    actor?.kind === "staff" && actor.via === "apiKey"
      ? [[`key:${actor.id}`, e.API_RATE_LIMIT_PER_MINUTE]]
      : [[`ip:${ip}`, e.SESSION_RATE_LIMIT_PER_MINUTE * 5], ...(actor ? ([[`user:${actor.id}`, e.SESSION_RATE_LIMIT_PER_MINUTE]] as [string, number][]) : [])];
  for (const [bucket, limit] of checks) {
    const r = await hitRateLimit(bucket, limit, 60_000, { failOpen: true });
    if (!r.allowed) throw new AppError("RATE_LIMITED", `Too many requests; retry in ${Math.ceil(r.retryAfterMs / 1000)} s`, undefined, { retryAfterSeconds: Math.ceil(r.retryAfterMs / 1000) });
  }
}

function refuseHostile(value: unknown, where: string) {
  const hit = findHostile(value);
  if (hit) {
    const field = where === "body" ? hit[0] : `${where}.${hit[0]}`;
    throw new AppError("VALIDATION_FAILED", `Invalid ${where}: ${field} (${hit[1]})`, { [field]: hit[1] });
  }
}

async function parseBody(req: RawRequest, schema: z.ZodType | undefined) {
  // a route without a body schema still has whatever was sent checked (it changes nothing, or 400)
  if (!schema && (req.method === "GET" || req.method === "HEAD")) return undefined;
  const text = await req.text();
  let raw: unknown = {};
  if ((req.header("content-type") ?? "").includes("application/x-www-form-urlencoded")) {
    // plain HTML forms (pages that work before scripts load) post their fields this way
    raw = Object.fromEntries(new URLSearchParams(text));
  } else if (text.trim()) {
    try {
      raw = JSON.parse(text);
    } catch {
      throw new AppError("MALFORMED_JSON", "The request body is not valid JSON");
    }
  }
  refuseHostile(raw, "body");
  if (!schema) return undefined;
  const parsed = schema.safeParse(raw);
  if (!parsed.success) throw validationError(parsed.error, "body");
  return parsed.data;
}

function parseQuery(req: RawRequest, schema: z.ZodType | undefined) {
  const raw = Object.fromEntries(req.url.searchParams);
  refuseHostile(raw, "query");
  if (!schema) return undefined;
  const parsed = schema.safeParse(raw);
  if (!parsed.success) throw validationError(parsed.error, "query");
  return parsed.data;
}

/** Path ids are checked before anything reads the database. */
function checkParams(params: Record<string, string>) {
  for (const [name, value] of Object.entries(params)) {
    if (!PATH_ID.test(value)) throw new AppError("VALIDATION_FAILED", `Invalid path: ${name} is not an id`, { [`params.${name}`]: "is not an id" });
  }
}

export type RawHandler = (req: RawRequest, params?: Record<string, string>) => Promise<Reply>;
export type Route = ((req: NextRequest, ctx: RouteContext) => Promise<Response>) & { raw: RawHandler; spec: RouteSpec };

function wrap<C>(spec: RouteSpec, build: (req: RawRequest, params: Record<string, string>) => Promise<C>, fn: (ctx: C) => Promise<unknown>): Route {
  const handle = async (req: RawRequest, params: Record<string, string>): Promise<Reply> => {
    try {
      checkParams(params);
      const out = await fn(await build(req, params));
      return out && typeof out === "object" && REPLY in out ? (out as Reply) : json(out);
    } catch (err) {
      return errorReply(err);
    }
  };
  // every request: an id (the caller's X-Request-Id, or a new one) carried into logs and jobs, a
  // metric by route pattern, and one JSON log line when it is slow or fails
  const raw: RawHandler = async (req, params = {}) => {
    const started = performance.now();
    const id = (req.header("x-request-id") ?? "").slice(0, 64) || randomUUID();
    const reply = await runWithRequestId(id, () => handle(req, params));
    const seconds = (performance.now() - started) / 1000;
    const route = routePattern(req.url.pathname, params);
    observeRequest(route, req.method, reply.status, seconds);
    if (reply.status >= 500 || seconds > 1) logger().warn({ requestId: id, method: req.method, route, status: reply.status, ms: Math.round(seconds * 1000) }, "slow or failed request");
    reply.headers = { ...reply.headers, "x-request-id": id };
    return reply;
  };
  const next = async (req: NextRequest, ctx: RouteContext) => {
    const r = await raw(fromNextRequest(req), (await ctx?.params) ?? {});
    return r.response ?? NextResponse.json(r.body, { status: r.status, headers: r.headers });
  };
  return Object.assign(next, { raw, spec });
}

async function baseCtx<B extends Schema, Q extends Schema>(req: RawRequest, params: Record<string, string>, o: Options<B, Q>, actor: Actor | null) {
  if (o.defaultRateLimit !== false) await rateLimit(actor, req.ip);
  if (o.rateLimit) {
    const r = await hitRateLimit(`${o.rateLimit.name}:${actor?.id ?? req.ip}`, o.rateLimit.limit, o.rateLimit.windowMs);
    if (!r.allowed) throw new AppError("RATE_LIMITED", "Too many requests, slow down", undefined, { retryAfterSeconds: Math.ceil(r.retryAfterMs / 1000) });
  }
  const query = parseQuery(req, o.query) as Out<Q>;
  const body = (await parseBody(req, o.body)) as Out<B>;
  return { req, body, query, params, ip: req.ip };
}

/** Staff session or API key, with one of `roles`. */
export function staffRoute<B extends Schema = undefined, Q extends Schema = undefined>(
  o: Options<B, Q> & { roles?: StaffRole[] },
  fn: (ctx: BaseCtx<B, Q> & { actor: StaffActor }) => Promise<unknown>,
) {
  return wrap({ kind: "staff", roles: o.roles ?? ALL_STAFF, body: o.body, query: o.query, summary: o.summary }, async (req, params) => {
    const actor = assertStaff(await resolveActor(req), o.roles ?? ALL_STAFF);
    return { ...(await baseCtx(req, params, o, actor)), actor };
  }, fn);
}

/** API-key roles that may act for a shopper (SPEC §12). */
export const SHOPPER_AGENT_ROLES: StaffRole[] = ["ADMIN", "OPERATOR"];

/**
 * A shopper action. A shopper session acts for itself (any userId is ignored). An API key of role
 * ADMIN or OPERATOR acts for the existing shopper named by `userId` in the body or query; a shop
 * key is limited to its shop's goods and coupons (`scope.shopId`). Staff browser sessions never
 * act as shoppers.
 */
export function shopperRoute<B extends Schema = undefined, Q extends Schema = undefined>(
  o: Options<B, Q>,
  fn: (ctx: BaseCtx<B, Q> & { actor: Actor; shopperId: string; scope: ShopperScope }) => Promise<unknown>,
) {
  return wrap({ kind: "shopper", roles: SHOPPER_AGENT_ROLES, body: o.body, query: o.query, summary: o.summary }, async (req, params) => {
    const actor = await resolveActor(req);
    if (!actor) throw new AppError("UNAUTHENTICATED", "Sign in or send an API key");
    if (actor.kind === "staff" && actor.via === "session") throw forbidden("Staff sessions cannot act as a shopper; the host system uses an API key");
    if (actor.kind === "staff" && !SHOPPER_AGENT_ROLES.includes(actor.role)) throw forbidden(`An API key of role ${actor.role} cannot act for shoppers (needs ADMIN or OPERATOR)`);
    const base = await baseCtx(req, params, o, actor);
    if (actor.kind === "shopper") return { ...base, actor, shopperId: actor.id, scope: { kind: "shopper-scope" as const, shopperId: actor.id, shopId: null } };
    const fromBody = (base.body as { userId?: unknown } | undefined)?.userId;
    const userId = typeof fromBody === "string" ? fromBody : req.url.searchParams.get("userId");
    if (!userId) throw new AppError("VALIDATION_FAILED", "userId is required with an API key", { userId: "required" });
    if (!PATH_ID.test(userId)) throw new AppError("VALIDATION_FAILED", "userId is not an id", { userId: "is not an id" });
    await assertShopperExists(userId);
    return { ...base, actor, shopperId: userId, scope: { kind: "shopper-scope" as const, shopperId: userId, shopId: actor.shopId } };
  }, fn);
}

/** No sign-in needed; the actor is resolved when present. */
export function publicRoute<B extends Schema = undefined, Q extends Schema = undefined>(
  o: Options<B, Q>,
  fn: (ctx: BaseCtx<B, Q> & { actor: Actor | null }) => Promise<unknown>,
) {
  return wrap({ kind: "public", body: o.body, query: o.query, summary: o.summary }, async (req, params) => {
    const actor = await resolveActor(req);
    return { ...(await baseCtx(req, params, o, actor)), actor };
  }, fn);
}

/**
 * Anyone signed in: a shopper session acts for itself; an API key with `userId` acts for that
 * shopper (ADMIN / OPERATOR, as shopperRoute); staff without `userId` read as staff (any role,
 * scoped to their shop). Used where staff and shoppers read the same record (an order).
 */
export function readerRoute<Q extends Schema = undefined>(
  o: Options<undefined, Q>,
  fn: (ctx: BaseCtx<undefined, Q> & { who: ShopperScope | StaffActor }) => Promise<unknown>,
) {
  return wrap({ kind: "shopper", roles: ALL_STAFF, query: o.query, summary: o.summary }, async (req, params) => {
    const actor = await resolveActor(req);
    if (!actor) throw new AppError("UNAUTHENTICATED", "Sign in or send an API key");
    const base = await baseCtx(req, params, o, actor);
    if (actor.kind === "shopper") return { ...base, who: { kind: "shopper-scope" as const, shopperId: actor.id, shopId: null } };
    const userId = req.url.searchParams.get("userId");
    if (!userId || actor.via === "session") return { ...base, who: actor };
    if (!SHOPPER_AGENT_ROLES.includes(actor.role)) throw forbidden(`An API key of role ${actor.role} cannot act for shoppers (needs ADMIN or OPERATOR)`);
    if (!PATH_ID.test(userId)) throw new AppError("VALIDATION_FAILED", "userId is not an id", { userId: "is not an id" });
    await assertShopperExists(userId);
    return { ...base, who: { kind: "shopper-scope" as const, shopperId: userId, shopId: actor.shopId } };
  }, fn);
}
