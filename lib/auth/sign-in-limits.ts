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

/** Refuses with 429 when the account or the address is over its failure limit. */
export async function assertSignInAllowed(email: string, ip: string, now = Date.now()) {
  const window = Math.floor(now / WINDOW_MS);
  const [pair, byIp, acct] = await guarded(() => redis.mget(...buckets(email, ip, window)));
  if (Number(pair ?? 0) >= PAIR_MAX || Number(byIp ?? 0) >= IP_MAX || Number(acct ?? 0) >= ACCOUNT_MAX) {
    const retryAfterSeconds = Math.ceil((WINDOW_MS - (now % WINDOW_MS)) / 1000);
    throw new AppError("RATE_LIMITED", `Too many failed sign-ins; try again in ${retryAfterSeconds} s`, undefined, { retryAfterSeconds });
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
