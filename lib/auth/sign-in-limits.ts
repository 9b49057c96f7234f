import { redis } from "@/lib/redis/client";
import { keys } from "@/lib/redis/keys";
import { AppError } from "@/lib/api/errors";

// Sign-in is limited by failures in a fixed window (SPEC §12), per account and per IP: after
// PAIR_MAX wrong passwords for one email from one address, IP_MAX from one address (many
// accounts), or ACCOUNT_MAX for one email from anywhere (a distributed guess), every attempt of
// that kind is refused (429, with the wait) until the window ends — a right password included, so
// guessing gains nothing. The window is short so that a locked-out person waits a minute, not an
// hour. Counted in Redis so every instance shares them; when Redis is down sign-in is refused
// (503), never let through unlimited.
export const WINDOW_MS = 60_000;
export const PAIR_MAX = 10;
export const IP_MAX = 30;
export const ACCOUNT_MAX = 50;

const buckets = (email: string, ip: string, window: number) => [
  keys.signInFailures(`pair:${email.toLowerCase()}:${ip}`, window),
  keys.signInFailures(`ip:${ip}`, window),
  keys.signInFailures(`acct:${email.toLowerCase()}`, window),
];

async function guarded<T>(fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch {
    throw new AppError("UNAVAILABLE", "Sign-in is unavailable for a moment; retry shortly");
  }
}

/**
 * Refuses with 429 when the account or the address is over its failure limit. The failures of this
 * window and the one before count together, so ten failures a few seconds apart always count as
 * ten, even across a window's edge (a lockout then lasts one to two minutes).
 */
export async function assertSignInAllowed(email: string, ip: string, now = Date.now()) {
  const window = Math.floor(now / WINDOW_MS);
  const counts = await guarded(() => redis.mget(...buckets(email, ip, window), ...buckets(email, ip, window - 1)));
  const cur = counts.slice(0, 3).map((n) => Number(n ?? 0));
  const both = cur.map((n, i) => n + Number(counts[i + 3] ?? 0));
  const max = [PAIR_MAX, IP_MAX, ACCOUNT_MAX];
  if (both.some((n, i) => n >= max[i])) {
    // this window's failures alone still over the limit: they keep it locked through the next window too
    const extra = cur.some((n, i) => n >= max[i]) ? WINDOW_MS : 0;
    const retryAfterSeconds = Math.ceil((WINDOW_MS - (now % WINDOW_MS) + extra) / 1000);
    throw new AppError("RATE_LIMITED", `Too many failed sign-ins; try again in ${retryAfterSeconds} s`, undefined, { retryAfterSeconds });
  }
}

export async function recordSignInFailure(email: string, ip: string, now = Date.now()) {
  const window = Math.floor(now / WINDOW_MS);
  await guarded(async () => {
    const m = redis.multi();
    for (const k of buckets(email, ip, window)) m.incr(k).pexpire(k, 2 * WINDOW_MS);
    await m.exec();
  });
}
