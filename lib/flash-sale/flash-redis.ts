import Redis, { Cluster } from "ioredis";
import { processState } from "@/lib/process-state";
import { lazySingleton } from "@/lib/lazy-singleton";
import { keys } from "@/lib/redis/keys";
import { ATTEMPT, DROP, LOAD, RECORD, REFUSE, RELEASE } from "./flash-scripts";

export type FlashRedis = Redis | Cluster;
type Commands = {
  fsAttempt(...a: (string | number)[]): Promise<[string, string]>;
  fsLoad(...a: (string | number)[]): Promise<number>;
  fsRelease(...a: (string | number)[]): Promise<number>;
  fsRecord(...a: (string | number)[]): Promise<number>;
  fsDrop(...a: (string | number)[]): Promise<number>;
  fsRefuse(...a: (string | number)[]): Promise<number>;
};

/**
 * The Redis that holds flash-sale counters: FLASH_REDIS_CLUSTER ("host:port,host:port") for a
 * Redis Cluster, else FLASH_REDIS_URL, else REDIS_URL. The scripts are registered as commands
 * (EVALSHA, falling back to EVAL after a restart flushed the script cache).
 */
export function createFlashRedis(opts: { url?: string; cluster?: string } = {}): FlashRedis {
  const cluster = opts.cluster ?? process.env.FLASH_REDIS_CLUSTER;
  const client: FlashRedis = cluster
    ? new Cluster(cluster.split(",").map((n) => ({ host: n.split(":")[0], port: Number(n.split(":")[1]) })), { redisOptions: { maxRetriesPerRequest: 1, commandTimeout: 2_000 }, enableAutoPipelining: true })
    : new Redis(opts.url ?? process.env.FLASH_REDIS_URL ?? process.env.REDIS_URL ?? "redis://127.0.0.1:6379/0", { maxRetriesPerRequest: 1, commandTimeout: 2_000, connectTimeout: 3_000, retryStrategy: (times) => Math.min(times * 100, 1_000), enableAutoPipelining: true });
  // connection errors surface on the commands; log them here at most every 5 s
  let lastLog = 0;
  client.on("error", (e: Error) => {
    if (Date.now() - lastLog > 5_000) console.warn(`flash-sale Redis: ${e.message}`);
    lastLog = Date.now();
  });
  client.defineCommand("fsAttempt", { numberOfKeys: 7, lua: ATTEMPT });
  client.defineCommand("fsLoad", { numberOfKeys: 5, lua: LOAD });
  client.defineCommand("fsRelease", { numberOfKeys: 5, lua: RELEASE });
  client.defineCommand("fsRecord", { numberOfKeys: 5, lua: RECORD });
  client.defineCommand("fsDrop", { numberOfKeys: 5, lua: DROP });
  client.defineCommand("fsRefuse", { numberOfKeys: 5, lua: REFUSE });
  return client;
}

export const flashRedis: FlashRedis = lazySingleton("flashRedis", () => createFlashRedis());

const keyList = (promotionId: string) => {
  const k = keys.flashSale(promotionId);
  return [k.meta, k.stock, k.limits, k.users, k.idem];
};

type Scripts = ReturnType<typeof bindScripts>;
const bound = processState("flash-scripts", () => new WeakMap<FlashRedis, Map<string, Scripts>>());

/** The scripts, bound to one flash sale's keys (built once per client and sale: the attempt path is hot). */
export function flashScripts(r: FlashRedis, promotionId: string): Scripts {
  let perClient = bound.get(r);
  if (!perClient) bound.set(r, (perClient = new Map()));
  let s = perClient.get(promotionId);
  if (!s) {
    if (perClient.size > 1000) perClient.clear();
    perClient.set(promotionId, (s = bindScripts(r, promotionId)));
  }
  return s;
}

function bindScripts(r: FlashRedis, promotionId: string) {
  const c = r as unknown as Commands;
  const k = keyList(promotionId);
  const rate = keys.flashSale(promotionId).rate;
  return {
    attempt: (now: number, skuId: string, shopperId: string, qty: number, idem: string, token: string, perSecond = 1_000_000, channel = "") =>
      c.fsAttempt(...k, rate(shopperId, Math.floor(now / 1000)), keys.flashSale(promotionId).wins, now, skuId, shopperId, qty, idem, token, perSecond, channel),
    load: (args: (string | number)[]) => c.fsLoad(...k, ...args),
    release: (skuId: string, shopperId: string, qty: number, idem = "", restoreStock = true) => c.fsRelease(...k, skuId, shopperId, qty, idem, restoreStock ? "1" : "0"),
    record: (shopperId: string, idem: string, orderId: string) => c.fsRecord(...k, shopperId, idem, orderId),
    drop: () => c.fsDrop(...k),
    refuse: (skuId: string, shopperId: string, qty: number, idem: string, restoreStock: boolean, outcome: string) => c.fsRefuse(...k, skuId, shopperId, qty, idem, restoreStock ? "1" : "0", outcome),
    /** live counters for the monitor */
    read: async () => {
      const [meta, stock, users] = await Promise.all([r.hgetall(k[0]), r.hgetall(k[1]), r.hlen(k[3])]);
      return { loaded: meta.loaded === "1", stock: Object.fromEntries(Object.entries(stock).map(([sku, v]) => [sku, Number(v)])), buyers: users };
    },
  };
}
