import { db } from "@/lib/db/client";
import { redis } from "@/lib/redis/client";
import { clockStatus } from "@/lib/clock/clock";

const within = <T>(p: Promise<T>, ms: number) => Promise.race([p, new Promise<never>((_, reject) => setTimeout(() => reject(new Error("timed out")), ms).unref?.())]);

/** /api/ready: can this instance serve? The database, Redis and the clock, each with its latency or error. */
export async function readiness() {
  const check = async (run: () => Promise<unknown>) => {
    const t = performance.now();
    try {
      await within(run(), 2_000);
      return { ok: true, ms: Math.round(performance.now() - t) };
    } catch (e) {
      return { ok: false, error: (e as Error).message };
    }
  };
  const [database, cache] = await Promise.all([check(() => db.$queryRaw`SELECT 1`), check(() => redis.ping())]);
  const clock = clockStatus();
  return { ok: database.ok && cache.ok, database, redis: cache, clock };
}
