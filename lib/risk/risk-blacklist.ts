import { db } from "@/lib/db/client";
import { redis } from "@/lib/redis/client";
import { AppError, notFound } from "@/lib/api/errors";
import type { StaffActor } from "@/lib/auth/actor";
import { targetShop } from "@/lib/auth/guards";
import { recordAudit } from "@/lib/audit/record-audit";

export const BLACKLIST_KINDS = ["SHOPPER", "IP", "DEVICE", "ADDRESS"] as const;
export type BlacklistKind = (typeof BLACKLIST_KINDS)[number];

// The blacklist lives in PostgreSQL (audited) and is mirrored in one Redis set per scope
// (`risk:bl:{shopId|platform}`, members "KIND:value") so a check costs one round trip; a set that
// is missing (Redis restarted) is rebuilt from the table on the next check.
const setKey = (shopId: string | null) => `risk:bl:${shopId ?? "platform"}`;
const member = (kind: string, value: string) => `${kind}:${value.trim().toLowerCase()}`;

async function ensureSet(shopId: string | null) {
  const k = setKey(shopId);
  if (await redis.exists(k)) return;
  const rows = await db.riskBlacklist.findMany({ where: { shopId }, select: { kind: true, value: true } });
  // built aside and swapped in with a TTL: an entry added meanwhile (which deletes the key) is
  // never lost for long; a sentinel member keeps an empty list's set in existence
  const tmp = `${k}:build:${Math.random().toString(36).slice(2)}`;
  await redis.multi().sadd(tmp, "_", ...rows.map((r) => member(r.kind, r.value))).expire(tmp, 300).rename(tmp, k).exec();
}

/** The entries of the shop's and the platform's blacklists these identities match. */
export async function blacklistHits(shopId: string | null, ids: Record<BlacklistKind, string | null>): Promise<string[]> {
  const wanted = Object.entries(ids).filter((e): e is [string, string] => Boolean(e[1])).map(([k, v]) => member(k, v));
  if (!wanted.length) return [];
  const scopes = shopId ? [shopId, null] : [null];
  // one round trip: the sentinel "_" says whether a scope's set exists (else it is rebuilt, once)
  const ask = () => Promise.all(scopes.map((s) => redis.smismember(setKey(s), "_", ...wanted)));
  let hits = await ask();
  if (hits.some((h) => h[0] === 0)) {
    await Promise.all(scopes.map(ensureSet));
    hits = await ask();
  }
  return wanted.filter((_, i) => hits.some((h) => h[i + 1] === 1));
}

export async function listBlacklist(actor: StaffActor) {
  return db.riskBlacklist.findMany({ where: actor.shopId ? { shopId: actor.shopId } : {}, orderBy: { createdAt: "desc" }, take: 500 });
}

export async function addToBlacklist(actor: StaffActor, body: { kind: BlacklistKind; value: string; reason?: string; shopId?: string | null }) {
  const shopId = targetShop(actor, body.shopId, true);
  const value = body.value.trim();
  const exists = await db.riskBlacklist.findFirst({ where: { shopId, kind: body.kind, value } });
  if (exists) throw new AppError("CONFLICT", "Already on the blacklist", { value: "already listed" });
  const row = await db.$transaction(async (tx) => {
    const r = await tx.riskBlacklist.create({ data: { shopId, kind: body.kind, value, reason: body.reason ?? "", createdById: actor.id } });
    await recordAudit(tx, actor, { action: "blacklist-add", entity: "risk-blacklist", entityId: r.id, shopId, after: r });
    return r;
  });
  await redis.del(setKey(shopId)); // rebuilt on the next check
  return row;
}

export async function removeFromBlacklist(actor: StaffActor, id: string) {
  const r = await db.riskBlacklist.findUnique({ where: { id } });
  if (!r || (actor.shopId && r.shopId !== actor.shopId)) throw notFound("blacklist entry");
  await db.$transaction(async (tx) => {
    await tx.riskBlacklist.delete({ where: { id } });
    await recordAudit(tx, actor, { action: "blacklist-remove", entity: "risk-blacklist", entityId: id, shopId: r.shopId, before: r });
  });
  await redis.del(setKey(r.shopId));
  return { id, deleted: true };
}
