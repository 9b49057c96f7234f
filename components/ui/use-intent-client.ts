"use client";
import { useCallback, useRef, useState } from "react";

const newKey = () =>
  typeof crypto !== "undefined" && typeof crypto.randomUUID === "function"
    ? crypto.randomUUID()
    : `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}-${Math.random().toString(36).slice(2)}`;

/**
 * One intent, one request (issue 11): `run` refuses a second start while the first is pending (a
 * ref, so a double click in one frame is caught before React re-renders the disabled button), and
 * passes an idempotency key that stays the same until the intent succeeds — a retry after a
 * network failure reuses it, so the server's unique constraint makes it one job or one grant.
 * Call `reset` when the intent changes (another segment, another count).
 */
export function useIntent() {
  const busy = useRef(false);
  const key = useRef<string | null>(null);
  const [pending, setPending] = useState(false);
  const reset = useCallback(() => {
    key.current = null;
  }, []);
  const run = useCallback(async <T,>(fn: (idempotencyKey: string) => Promise<T & { ok?: boolean }>): Promise<T | undefined> => {
    if (busy.current) return undefined;
    busy.current = true;
    setPending(true);
    key.current ??= newKey();
    try {
      const out = await fn(key.current);
      if (out?.ok !== false) key.current = null;
      return out;
    } finally {
      busy.current = false;
      setPending(false);
    }
  }, []);
  return { pending, run, reset };
}
