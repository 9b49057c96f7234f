import { ZodError } from "zod";

// The one error type of the application. Every code is in this closed list with its one HTTP
// status; the envelope is {"error": {"code", "message", "fields"?, "details"?}} as API.md fixes it.
export const ERROR_CODES = {
  MALFORMED_JSON: { status: 400, doc: "the body is not valid JSON" },
  MALFORMED_URL: { status: 400, doc: "the URL cannot be decoded" },
  VALIDATION_FAILED: { status: 400, doc: "a field is missing or invalid; `fields` names each one" },
  UNAUTHENTICATED: { status: 401, doc: "no session or API key, or an unknown / revoked key" },
  FORBIDDEN: { status: 403, doc: "the actor's role or shop may not do this" },
  CROSS_ORIGIN: { status: 403, doc: "a cookie-authenticated write from another origin" },
  NOT_FOUND: { status: 404, doc: "no such record in the actor's scope" },
  CONFLICT: { status: 409, doc: "a concurrent change won; retry" },
  INVALID_STATE: { status: 409, doc: "the record is not in a state that allows this" },
  PRICE_CHANGED: { status: 409, doc: "the server's price differs from `expectedTotal`; `details.pricing` is the new price" },
  OFFER_UNAVAILABLE: { status: 409, doc: "a flash-sale / group-buy price does not apply now" },
  GROUP_FULL: { status: 409, doc: "the group has no seat left" },
  GROUP_CLOSED: { status: 409, doc: "the group is no longer open" },
  GROUP_NOT_READY: { status: 409, doc: "the leader has not paid yet" },
  BUSINESS_RULE: { status: 422, doc: "a business rule refused the request" },
  COUPON_UNUSABLE: { status: 422, doc: "a chosen coupon cannot be used; `fields` says why" },
  OUT_OF_STOCK: { status: 422, doc: "not enough stock" },
  SOLD_OUT: { status: 422, doc: "a quantity (coupons, flash units) is used up" },
  LIMIT_REACHED: { status: 422, doc: "a per-user limit is reached" },
  NOT_ENOUGH_POINTS: { status: 422, doc: "the shopper's points balance is below the cost" },
  NOT_STARTED: { status: 422, doc: "the window has not opened" },
  ENDED: { status: 422, doc: "the window has closed" },
  EXPIRED: { status: 422, doc: "the coupon or code has expired" },
  AUDIENCE: { status: 422, doc: "the shopper is not in the audience" },
  CODE_INVALID: { status: 422, doc: "no such redemption code" },
  CODE_USED: { status: 422, doc: "the single-use code was used" },
  ALREADY_REDEEMED: { status: 422, doc: "the shopper already redeemed this code" },
  DEPOSIT_NON_REFUNDABLE: { status: 422, doc: "a presale deposit is refunded only when the shop cancels, or with the goods' full refund" },
  OVER_REFUND: { status: 422, doc: "more than what is left to refund" },
  FLOOR_PRICE_WARNING: { status: 422, doc: "a configured price is below a floor price; resend with `acknowledgeFloorWarnings: true`" },
  OVERLAP_WARNING: { status: 422, doc: "live or scheduled promotions of the same type overlap; `details.overlaps` lists them; resend with `acknowledgeOverlaps: true`" },
  RISK_REFUSED: { status: 422, doc: "refused by the risk check; `details.reasons` says why" },
  RATE_LIMITED: { status: 429, doc: "too many requests; see Retry-After" },
  INTERNAL: { status: 500, doc: "an unexpected error (logged)" },
  UNAVAILABLE: { status: 503, doc: "a dependency (database, Redis) is unreachable; retry after Retry-After" },
} as const satisfies Record<string, { status: number; doc: string }>;

export type ErrorCode = keyof typeof ERROR_CODES;

/** code → HTTP status (kept for callers of the first round) */
export const errorStatus = Object.fromEntries(Object.entries(ERROR_CODES).map(([k, v]) => [k, v.status])) as { [K in ErrorCode]: (typeof ERROR_CODES)[K]["status"] };

// A registered brand rather than `instanceof`: process-wide objects (the rate limiter, caches) are
// created by whichever loader imports them first — the production server loads lib/ through tsx
// and inside the Next.js bundle — so an AppError may come from the other copy of this class.
const BRAND = Symbol.for("promo-hub.AppError");

export class AppError extends Error {
  readonly status: number;
  readonly [BRAND] = true;
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly fields?: Record<string, string>,
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
    this.status = ERROR_CODES[code].status;
  }
}

export const notFound = (what: string) => new AppError("NOT_FOUND", `${what} not found`);
export const forbidden = (why = "You are not allowed to do this") => new AppError("FORBIDDEN", why);
export const invalidField = (field: string, why: string) => new AppError("VALIDATION_FAILED", `Invalid ${field}: ${why}`, { [field]: why });

type Issue = ZodError["issues"][number];
const num = (v: unknown) => (typeof v === "bigint" ? v.toString() : String(v));

/**
 * zod's own wording ("Too big: expected number to be <=100000000") in the plain phrases our
 * messages use ("at most 100000000"), which forms translate (lib/i18n/validation-messages.ts).
 * Messages a schema wrote itself are kept as they are.
 */
export function plainIssueMessage(issue: Issue): string {
  const m = issue.message;
  if (!/^(Too big|Too small|Invalid input|Invalid option|Invalid string|Invalid)\b/.test(m)) return m;
  const i = issue as Issue & { origin?: string; maximum?: unknown; minimum?: unknown; inclusive?: boolean; expected?: string; input?: unknown };
  switch (issue.code) {
    case "too_big":
      if (i.origin === "string") return `at most ${num(i.maximum)} characters`;
      if (i.origin === "array" || i.origin === "set") return `at most ${num(i.maximum)} items`;
      return i.inclusive === false ? `must be less than ${num(i.maximum)}` : `at most ${num(i.maximum)}`;
    case "too_small":
      if (i.origin === "string") return Number(i.minimum) <= 1 ? "is required" : `at least ${num(i.minimum)} characters`;
      if (i.origin === "array" || i.origin === "set") return `at least ${num(i.minimum)} items`;
      return i.inclusive === false ? `must be greater than ${num(i.minimum)}` : `at least ${num(i.minimum)}`;
    case "invalid_type":
      if (i.input === undefined && /received undefined/.test(m)) return "is required";
      if (i.expected === "number" || i.expected === "int") return "must be a number";
      if (i.expected === "string") return "must be text";
      if (i.expected === "boolean") return "must be true or false";
      if (i.expected === "array") return "must be a list";
      return "has the wrong type";
    case "invalid_value":
      return "is not one of the allowed values";
    case "invalid_format":
      return "is not in the expected format";
    default:
      return m;
  }
}

export function fieldsFromZod(error: ZodError, prefix?: string): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const issue of error.issues) {
    const path = issue.path.map(String);
    const key = prefix ? [prefix, ...path].join(".") : path.length ? path.join(".") : "(body)";
    fields[key] ??= plainIssueMessage(issue);
  }
  return fields;
}

export function validationError(error: ZodError, where = "body", prefix?: string): AppError {
  const fields = fieldsFromZod(error, prefix);
  const list = Object.entries(fields)
    .map(([k, v]) => `${k} (${v})`)
    .join(", ");
  return new AppError("VALIDATION_FAILED", `Invalid ${where}: ${list}`, fields);
}

type PrismaLikeError = { code?: string; name?: string; message?: string; meta?: { target?: unknown; modelName?: string } };

/** Errors that mean the database or Redis cannot be reached right now (answered 503, not 500). */
export function isUnavailable(err: unknown): boolean {
  const e = err as PrismaLikeError & { errno?: number; syscall?: string };
  if (!e) return false;
  if (typeof e.code === "string" && ["P1001", "P1002", "P1017", "P2024", "ECONNREFUSED", "ECONNRESET", "ETIMEDOUT", "EPIPE", "57P01", "57P02", "57P03", "53300", "08006", "08001", "08003", "08004", "P2028"].includes(e.code)) return true;
  const msg = String(e.message ?? "");
  return /ECONNREFUSED|not queryable|Connection terminated unexpectedly|Command timed out|queue unavailable|Connection is closed|Connection terminated|connect ETIMEDOUT|Can't reach database|the database system is (starting up|shutting down)|terminating connection|Stream isn't writeable|MaxRetriesPerRequestError|Reached the max retries per request|timeout exceeded when trying to connect|Connection ended unexpectedly|closed the connection|ConnectionClosed|in recovery mode|too many clients|Transaction API error|Transaction already closed|connection timeout/i.test(msg);
}

/** Maps any thrown value to an AppError; unknown errors become a 500 without internals. */
export function isAppError(err: unknown): err is AppError {
  return typeof err === "object" && err !== null && (err as Record<symbol, unknown>)[BRAND] === true;
}

export function toAppError(err: unknown): AppError {
  if (err instanceof AppError) return err;
  if (isAppError(err)) return new AppError(err.code, err.message, err.fields, err.details);
  if (err instanceof ZodError) return validationError(err);
  const p = err as PrismaLikeError;
  if (p && typeof p.code === "string") {
    if (p.code === "P2002") return new AppError("CONFLICT", "A record with these values already exists");
    if (p.code === "P2025") return new AppError("NOT_FOUND", "Record not found");
    if (p.code === "P2003") return new AppError("VALIDATION_FAILED", "A referenced record does not exist");
  }
  if (isUnavailable(err)) return new AppError("UNAVAILABLE", "A service the request needs is unavailable; retry shortly");
  return new AppError("INTERNAL", "Internal error");
}
