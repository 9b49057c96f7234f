import Redis from "ioredis";
import { env } from "@/lib/env";
import { lazySingleton } from "@/lib/lazy-singleton";

// While Redis is away, a command must fail fast rather than hang a request: a bounded command
// time and few retries, reconnecting in the background every ≤ 1 s. Callers decide what a failure
// means (a price preview answers anyway, a flash attempt says "try again", sign-in refuses).
const quiet = (name: string) => {
  let last = 0;
  return (e: Error) => {
    if (Date.now() - last > 5_000) console.warn(`${name} Redis: ${e.message}`);
    last = Date.now();
  };
};

export const redis: Redis = lazySingleton("redis", () => {
  const client = new Redis(env().REDIS_URL, { maxRetriesPerRequest: 1, commandTimeout: 2_000, connectTimeout: 3_000, retryStrategy: (times) => Math.min(times * 100, 1_000) });
  client.on("error", quiet("main"));
  return client;
});

/** A separate connection for BullMQ, which requires maxRetriesPerRequest: null. */
export function createQueueConnection(): Redis {
  const client = new Redis(env().REDIS_URL, { maxRetriesPerRequest: null, retryStrategy: (times) => Math.min(times * 100, 1_000) });
  client.on("error", quiet("queue"));
  return client;
}

/** A queue write on the request path waits at most `ms`; what it scheduled is also swept by the clock. */
export function bounded<T>(p: Promise<T>, ms = 1_000): Promise<T> {
  return Promise.race([p, new Promise<T>((_, reject) => setTimeout(() => reject(new Error("queue unavailable (Redis)")), ms).unref?.())]);
}
