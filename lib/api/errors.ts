import { ZodError } from "zod";

// The one error type of the application. Each code maps to an HTTP status; the envelope is
// {"error": {"code", "message", "fields"?}} as API.md fixes it.
export const errorStatus = {
  MALFORMED_JSON: 400,
  VALIDATION_FAILED: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  INVALID_STATE: 409,
  BUSINESS_RULE: 422,
  RATE_LIMITED: 429,
  INTERNAL: 500,
} as const;

export type ErrorCode = keyof typeof errorStatus | (string & {});

export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly status: number = errorStatus[code as keyof typeof errorStatus] ?? 422,
    readonly fields?: Record<string, string>,
  ) {
    super(message);
  }
}

export const notFound = (what: string) => new AppError("NOT_FOUND", `${what} not found`);
export const forbidden = (why = "You are not allowed to do this") => new AppError("FORBIDDEN", why);
export const invalidField = (field: string, why: string) =>
  new AppError("VALIDATION_FAILED", `Invalid ${field}: ${why}`, 400, { [field]: why });

export function fieldsFromZod(error: ZodError): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const issue of error.issues) {
    const key = issue.path.length ? issue.path.join(".") : "(body)";
    fields[key] ??= issue.message;
  }
  return fields;
}

export function validationError(error: ZodError, where = "body"): AppError {
  const fields = fieldsFromZod(error);
  const list = Object.entries(fields)
    .map(([k, v]) => `${k} (${v})`)
    .join(", ");
  return new AppError("VALIDATION_FAILED", `Invalid ${where}: ${list}`, 400, fields);
}

type PrismaLikeError = { code?: string; meta?: { target?: unknown; modelName?: string } };

/** Maps any thrown value to an AppError; unknown errors become a 500 without internals. */
export function toAppError(err: unknown): AppError {
  if (err instanceof AppError) return err;
  if (err instanceof ZodError) return validationError(err);
  const p = err as PrismaLikeError;
  if (p && typeof p.code === "string") {
    if (p.code === "P2002") return new AppError("CONFLICT", "A record with these values already exists");
    if (p.code === "P2025") return new AppError("NOT_FOUND", "Record not found");
    if (p.code === "P2003") return new AppError("VALIDATION_FAILED", "A referenced record does not exist", 400);
  }
  return new AppError("INTERNAL", "Internal error", 500);
}
