import { logger } from "@/lib/ops/logger";

/** Unexpected errors, one JSON line each with the request's id (never their internals in a response). */
export function logError(err: unknown, code: string) {
  const e = err as { message?: string; stack?: string; code?: string };
  logger().error({ code, err: { message: e?.message ?? String(err), code: e?.code, stack: e?.stack?.split("\n").slice(0, 6).join(" | ") } }, e?.message ?? String(err));
}
