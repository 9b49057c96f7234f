import { NextResponse, type NextRequest } from "next/server";
import { getToken } from "next-auth/jwt";
import type { z } from "zod";
import type { StaffRole } from "@/lib/generated/prisma/enums";
import type { Actor, StaffActor } from "@/lib/auth/actor";
import { actorFromToken } from "@/lib/auth/session-actor";
import { resolveApiKey } from "@/lib/auth/resolve-api-key";
import { assertStaff, ALL_STAFF } from "@/lib/auth/guards";
import { hitRateLimit } from "@/lib/redis/rate-limit";
import { env } from "@/lib/env";
import { AppError, toAppError, validationError } from "./errors";
import { fromNextRequest, type RawRequest } from "./raw-request";

// The one wrapper of every route handler: resolve the actor (API key or session cookie),
// check role, rate-limit, parse body and query with zod, map every error to the envelope.
// A route is built once and served both by Next.js (the exported function) and, for the hottest
// paths, by the plain Node fast path (its `.raw`).

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
};

const REPLY = Symbol("reply");
export type Reply = { [REPLY]: true; status: number; body: unknown; response?: Response };

/** A JSON answer with a status (200 unless given). */
export function json(body: unknown, status = 200): Reply {
  return { [REPLY]: true, status, body };
}

/** A ready-made response (file downloads); served by the Next.js adapter. */
export function responseReply(response: Response): Reply {
  return { [REPLY]: true, status: response.status, body: null, response };
}

export function errorReply(err: unknown): Reply {
  const e = toAppError(err);
  if (e.status >= 500) console.error(err);
  return json({ error: { code: e.code, message: e.message, ...(e.fields ? { fields: e.fields } : {}) } }, e.status);
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
  return actorFromToken(token);
}

async function rateLimit(actor: Actor | null, ip: string) {
  const e = env();
  const checks: [string, number][] =
    actor?.kind === "staff" && actor.via === "apiKey"
      ? [[`key:${actor.id}`, e.API_RATE_LIMIT_PER_MINUTE]]
      : [[`ip:${ip}`, e.SESSION_RATE_LIMIT_PER_MINUTE * 5], ...(actor ? ([[`user:${actor.id}`, e.SESSION_RATE_LIMIT_PER_MINUTE]] as [string, number][]) : [])];
  for (const [bucket, limit] of checks) {
    const r = await hitRateLimit(bucket, limit, 60_000);
    if (!r.allowed) throw new AppError("RATE_LIMITED", `Too many requests; retry in ${Math.ceil(r.retryAfterMs / 1000)} s`);
  }
}

async function parseBody(req: RawRequest, schema: z.ZodType | undefined) {
  if (!schema) return undefined;
  const text = await req.text();
  let raw: unknown = {};
  if (text.trim()) {
    try {
      raw = JSON.parse(text);
    } catch {
      throw new AppError("MALFORMED_JSON", "The request body is not valid JSON", 400);
    }
  }
  const parsed = schema.safeParse(raw);
  if (!parsed.success) throw validationError(parsed.error, "body");
  return parsed.data;
}

function parseQuery(req: RawRequest, schema: z.ZodType | undefined) {
  if (!schema) return undefined;
  const parsed = schema.safeParse(Object.fromEntries(req.url.searchParams));
  if (!parsed.success) throw validationError(parsed.error, "query");
  return parsed.data;
}

export type RawHandler = (req: RawRequest, params?: Record<string, string>) => Promise<Reply>;
export type Route = ((req: NextRequest, ctx: RouteContext) => Promise<Response>) & { raw: RawHandler };

function wrap<C>(build: (req: RawRequest, params: Record<string, string>) => Promise<C>, fn: (ctx: C) => Promise<unknown>): Route {
  const raw: RawHandler = async (req, params = {}) => {
    try {
      const out = await fn(await build(req, params));
      return out && typeof out === "object" && REPLY in out ? (out as Reply) : json(out);
    } catch (err) {
      return errorReply(err);
    }
  };
  const next = async (req: NextRequest, ctx: RouteContext) => {
    const r = await raw(fromNextRequest(req), (await ctx?.params) ?? {});
    return r.response ?? NextResponse.json(r.body, { status: r.status });
  };
  return Object.assign(next, { raw });
}

async function baseCtx<B extends Schema, Q extends Schema>(req: RawRequest, params: Record<string, string>, o: Options<B, Q>, actor: Actor | null) {
  if (o.defaultRateLimit !== false) await rateLimit(actor, req.ip);
  if (o.rateLimit) {
    const r = await hitRateLimit(`${o.rateLimit.name}:${actor?.id ?? req.ip}`, o.rateLimit.limit, o.rateLimit.windowMs);
    if (!r.allowed) throw new AppError("RATE_LIMITED", "Too many requests, slow down");
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
  return wrap(async (req, params) => {
    const actor = assertStaff(await resolveActor(req), o.roles ?? ALL_STAFF);
    return { ...(await baseCtx(req, params, o, actor)), actor };
  }, fn);
}

/**
 * A shopper action: a shopper session acts for itself (any userId is ignored); an API key acts
 * for the shopper named by `userId` in the body or query.
 */
export function shopperRoute<B extends Schema = undefined, Q extends Schema = undefined>(
  o: Options<B, Q>,
  fn: (ctx: BaseCtx<B, Q> & { actor: Actor; shopperId: string }) => Promise<unknown>,
) {
  return wrap(async (req, params) => {
    const actor = await resolveActor(req);
    if (!actor) throw new AppError("UNAUTHENTICATED", "Sign in or send an API key");
    const base = await baseCtx(req, params, o, actor);
    if (actor.kind === "shopper") return { ...base, actor, shopperId: actor.id };
    const fromBody = (base.body as { userId?: unknown } | undefined)?.userId;
    const userId = typeof fromBody === "string" ? fromBody : req.url.searchParams.get("userId");
    if (!userId) throw new AppError("VALIDATION_FAILED", "userId is required with an API key", 400, { userId: "required" });
    return { ...base, actor, shopperId: userId };
  }, fn);
}

/** No sign-in needed; the actor is resolved when present. */
export function publicRoute<B extends Schema = undefined, Q extends Schema = undefined>(
  o: Options<B, Q>,
  fn: (ctx: BaseCtx<B, Q> & { actor: Actor | null }) => Promise<unknown>,
) {
  return wrap(async (req, params) => {
    const actor = await resolveActor(req);
    return { ...(await baseCtx(req, params, o, actor)), actor };
  }, fn);
}
