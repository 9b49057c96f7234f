import { redis } from "./client";
import { keys } from "./keys";
import { processState } from "@/lib/process-state";
import { AppError } from "@/lib/api/errors";

// Fixed-window rate limits kept in Redis so that every app instance shares them. To keep Redis
// off the hot path, an instance leases a small batch of a window's allowance at once (one atomic
// script grants at most what is left), then spends it locally. The global limit is never
// exceeded; allowance leased by an instance and not used by the end of the window is lost.
const leaseScript = `
local used = tonumber(redis.call('GET', KEYS[1]) or '0')
local grant = math.min(tonumber(ARGV[1]), tonumber(ARGV[2]) - used)
if grant <= 0 then return 0 end
redis.call('INCRBY', KEYS[1], grant)
if used == 0 then redis.call('PEXPIRE', KEYS[1], ARGV[3]) end
return grant`;

type Lease = { window: number; left: number; exhausted: boolean; pending: Promise<void> | null };
export type RateLimitResult = { allowed: boolean; retryAfterMs: number };

const leaseSize = (limit: number) => Math.max(1, Math.min(50, Math.floor(limit / 20)));

/** One limiter per process; tests make several to play several instances. */
export function createRateLimiter() {
  const leases = new Map<string, Lease>();
  /**
   * `failOpen`: when Redis cannot be reached the request is let through (reads, the per-minute
   * defaults); otherwise (flash attempts, sign-in) it is refused with 503 — the gate is never
   * bypassed because a dependency is down.
   */
  return async function hit(bucket: string, limit: number, windowMs: number, opts: { failOpen?: boolean; now?: number } = {}): Promise<RateLimitResult> {
    const now = opts.now ?? Date.now();
    const window = Math.floor(now / windowMs);
    const retryAfterMs = windowMs - (now % windowMs);
    let lease = leases.get(bucket);
    if (!lease || lease.window !== window) {
      if (leases.size > 100_000) leases.clear();
      lease = { window, left: 0, exhausted: false, pending: null };
      leases.set(bucket, lease);
    }
    for (;;) {
      if (lease.left > 0) {
        lease.left -= 1;
        return { allowed: true, retryAfterMs };
      }
      if (lease.exhausted) return { allowed: false, retryAfterMs };
      const l = lease;
      l.pending ??= (async () => {
        const granted = (await redis.eval(leaseScript, 1, keys.rateLimit(bucket, window), String(leaseSize(limit)), String(limit), String(windowMs))) as number;
        if (granted > 0) l.left += granted;
        else l.exhausted = true;
      })().finally(() => (l.pending = null));
      try {
        await l.pending;
      } catch {
        if (opts.failOpen) return { allowed: true, retryAfterMs };
        throw new AppError("UNAVAILABLE", "The rate limiter is unavailable; retry shortly");
      }
    }
  };
}

export const hitRateLimit = processState("rate-limiter", createRateLimiter);
