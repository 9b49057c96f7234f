import { redis } from "@/lib/redis/client";
import { keys } from "@/lib/redis/keys";
import { AppError } from "@/lib/api/errors";

// Sign-in is limited by failures, per account and per IP, in a fixed window (SPEC §12): after
// ACCOUNT_MAX wrong passwords for one email, or IP_MAX from one address, every attempt is refused
// (429, with the wait) until the window ends — a right password included, so guessing gains
// nothing. Counted in Redis so every instance shares them; when Redis is down sign-in is refused
// (503), never let through unlimited.
export const WINDOW_MS = 15 * 60_000;
export const ACCOUNT_MAX = 8;
export const IP_MAX = 30;

const buckets = (email: string, ip: string, window: number) => [keys.signInFailures(`acct:${email.toLowerCase()}`, window), keys.signInFailures(`ip:${ip}`, window)];

async function guarded<T>(fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch {
    throw new AppError("UNAVAILABLE", "Sign-in is unavailable for a moment; retry shortly");
  }
}

/** Refuses with 429 when the account or the address is over its failure limit. */
export async function assertSignInAllowed(email: string, ip: string, now = Date.now()) {
  const window = Math.floor(now / WINDOW_MS);
  const [acct, byIp] = await guarded(() => redis.mget(...buckets(email, ip, window)));
  if (Number(acct ?? 0) >= ACCOUNT_MAX || Number(byIp ?? 0) >= IP_MAX) {
    const retryAfterSeconds = Math.ceil((WINDOW_MS - (now % WINDOW_MS)) / 1000);
    throw new AppError("RATE_LIMITED", `Too many failed sign-ins; try again in ${Math.ceil(retryAfterSeconds / 60)} minutes`, undefined, { retryAfterSeconds });
  }
}

export async function recordSignInFailure(email: string, ip: string, now = Date.now()) {
  const window = Math.floor(now / WINDOW_MS);
  await guarded(async () => {
    const m = redis.multi();
    for (const k of buckets(email, ip, window)) m.incr(k).pexpire(k, WINDOW_MS);
    await m.exec();
  });
}
