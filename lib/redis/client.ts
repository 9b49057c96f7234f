import Redis from "ioredis";
import { env } from "@/lib/env";
import { lazySingleton } from "@/lib/lazy-singleton";

export const redis: Redis = lazySingleton("redis", () => new Redis(env().REDIS_URL, { maxRetriesPerRequest: 2 }));

/** A separate connection for BullMQ, which requires maxRetriesPerRequest: null. */
export function createQueueConnection(): Redis {
  return new Redis(env().REDIS_URL, { maxRetriesPerRequest: null });
}
