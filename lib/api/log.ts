/** Unexpected errors, one JSON line each (never their internals in a response). */
export function logError(err: unknown, code: string) {
  const e = err as { message?: string; stack?: string; code?: string };
  console.error(JSON.stringify({ level: "error", at: new Date().toISOString(), code, message: e?.message ?? String(err), errCode: e?.code, stack: e?.stack?.split("\n").slice(0, 6).join(" | ") }));
}
