import { db } from "@/lib/db/client";
import type { StaffActor } from "./actor";
import { hashApiKey } from "./api-key-secret";

// A short in-process cache keeps the hot path (host system calls) off the database; a revoked
// key stops working within CACHE_MS on every instance.
const CACHE_MS = 10_000;
// on globalThis: the Next.js bundle and the fast-path server of one process share it
const cache = ((globalThis as unknown as { apiKeyCache?: Map<string, { actor: StaffActor | null; until: number }> }).apiKeyCache ??= new Map());

export async function resolveApiKey(key: string): Promise<StaffActor | null> {
  const hash = hashApiKey(key);
  const hit = cache.get(hash);
  const now = Date.now();
  if (hit && hit.until > now) return hit.actor;
  const row = await db.apiKey.findUnique({ where: { keyHash: hash } });
  const actor: StaffActor | null =
    row && !row.revokedAt
      ? { kind: "staff", id: row.id, name: row.name, role: row.role, shopId: row.shopId, via: "apiKey" }
      : null;
  if (cache.size > 10_000) cache.clear();
  cache.set(hash, { actor, until: now + CACHE_MS });
  if (row && actor) void db.apiKey.update({ where: { id: row.id }, data: { lastUsedAt: new Date() } }).catch(() => {});
  return actor;
}

export function forgetApiKey(hash: string) {
  cache.delete(hash);
}
