import { hostname } from "node:os";
import { toAppError } from "@/lib/api/errors";
import { keys } from "@/lib/redis/keys";
import { processState } from "@/lib/process-state";
import { pgPool } from "@/lib/db/pg-pool";
import { flashRedis, flashScripts, type FlashRedis } from "./flash-redis";
import { writeFlashOrder } from "./write-flash-order";

// Flash-sale wins off the request path (issue 12): the attempt script appends each win to the
// sale's stream ({fs:<id>}:wins) atomically with taking the unit, and answers at once. Consumers
// (one per app process, in the group "writers") read the stream, write each win's order, record
// the order under the shopper's idempotency record, then acknowledge and delete the entry. A
// consumer that dies (SIGKILL) leaves its entries pending; any live consumer claims entries idle
// longer than CLAIM_IDLE_MS and writes them — the order's unique (shopper, idempotency key) makes
// a second write answer the first order, so every win becomes exactly one order.

const GROUP = "writers";
const CLAIM_IDLE_MS = 3_000;
const BATCH = 100;
const CONCURRENCY = 8;
const consumer = () => `${hostname()}-${process.pid}`;

type Entry = [id: string, fields: string[]];
const fieldsOf = (f: string[]) => Object.fromEntries(Array.from({ length: f.length / 2 }, (_, i) => [f[2 * i], f[2 * i + 1]]));

async function ensureGroup(r: FlashRedis, stream: string) {
  await r.xgroup("CREATE", stream, GROUP, "0", "MKSTREAM").catch((e: Error) => {
    if (!/BUSYGROUP/.test(e.message)) throw e;
  });
}

/** Business refusals the database can still give (the Redis gate said yes): the shopper is told. */
const REFUSALS: Record<string, string> = { SOLD_OUT: "SOLD_OUT", OUT_OF_STOCK: "SOLD_OUT", LIMIT_REACHED: "LIMIT_REACHED", NOT_FOUND: "ENDED" };

/**
 * Writes one win's order. True when the entry is settled (order written, or refused and the unit
 * given back with the outcome recorded); false when the database is unreachable — the entry stays
 * pending and is retried.
 */
async function settle(promotionId: string, f: Record<string, string>, r: FlashRedis, latencies: number[]): Promise<boolean> {
  const input = { promotionId, skuId: f.k, shopperId: f.s, quantity: Number(f.q), idempotencyKey: f.i };
  const scripts = flashScripts(r, promotionId);
  try {
    const { orderId } = await writeFlashOrder(input, new Date());
    await scripts.record(input.shopperId, input.idempotencyKey, orderId);
    // win → order payable, in ms (the attempt's clock is this machine's: bench:flash-sale reads it)
    latencies.push(Date.now() - Number(f.a));
    return true;
  } catch (e) {
    const err = toAppError(e);
    if (err.code === "UNAVAILABLE") return false;
    const code = String(err.code);
    const reason = code === "OFFER_UNAVAILABLE" ? String(err.fields?.promotionId ?? "ENDED") : code;
    const outcome = REFUSALS[reason] ?? (reason === "STOCK_OUT" ? "SOLD_OUT" : reason === "NOT_STARTED" ? "NOT_STARTED" : "ENDED");
    if (!(code in REFUSALS) && code !== "OFFER_UNAVAILABLE") console.error("flash win could not be written; the unit goes back", e);
    // the database says the stock is gone: the Redis unit was a phantom, it does not go back
    await scripts.release(input.skuId, input.shopperId, input.quantity, "", outcome !== "SOLD_OUT");
    await r.hset(keys.flashSale(promotionId).idem, `${input.shopperId}:${input.idempotencyKey}`, outcome);
    return true;
  }
}

/** One pass over a sale's stream: claims stale entries, reads new ones, writes their orders. Returns how many were handled. */
export async function processWins(promotionId: string, r: FlashRedis = flashRedis, claimIdleMs = CLAIM_IDLE_MS): Promise<number> {
  const stream = keys.flashSale(promotionId).wins;
  if (!(await r.exists(stream))) return 0;
  await ensureGroup(r, stream);
  const me = consumer();
  const claimed = ((await r.xautoclaim(stream, GROUP, me, claimIdleMs, "0-0", "COUNT", BATCH)) as [string, Entry[]])[1] ?? [];
  const fresh = ((await r.xreadgroup("GROUP", GROUP, me, "COUNT", BATCH, "STREAMS", stream, ">")) as [string, Entry[]][] | null)?.[0]?.[1] ?? [];
  const entries = [...claimed, ...fresh].filter(([, f]) => f);
  let next = 0;
  const done: string[] = [];
  const latencies: number[] = [];
  await Promise.all(
    Array.from({ length: Math.min(CONCURRENCY, entries.length) }, async () => {
      while (next < entries.length) {
        const [id, f] = entries[next++];
        if (await settle(promotionId, fieldsOf(f), r, latencies)) done.push(id);
      }
    }),
  );
  if (done.length) {
    await r.xack(stream, GROUP, ...done);
    await r.xdel(stream, ...done);
  }
  if (latencies.length) {
    const lat = keys.flashSale(promotionId).latency;
    await r.rpush(lat, ...latencies).then(() => r.ltrim(lat, -100_000, -1)).then(() => r.pexpire(lat, 86_400_000)).catch(() => undefined);
  }
  return entries.length;
}

/** Units won but not yet written as orders, per SKU (what the monitor adds to Redis's count). */
export async function queuedUnits(promotionId: string, r: FlashRedis = flashRedis): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  for (const [, f] of (await r.xrange(keys.flashSale(promotionId).wins, "-", "+")) as Entry[]) {
    const x = fieldsOf(f);
    out[x.k] = (out[x.k] ?? 0) + Number(x.q);
  }
  return out;
}

/** Writes every queued win of a sale now (tests, the monitor's rebuild, shutdown). */
export async function drainWins(promotionId: string, r: FlashRedis = flashRedis) {
  for (let i = 0; i < 10_000; i++) {
    if ((await processWins(promotionId, r, 0)) === 0) return;
  }
}

const SALES_TTL_MS = 2_000;
const st = processState("flash-wins", () => ({ running: false, timer: null as NodeJS.Timeout | null, sales: [] as string[], salesAt: 0, handled: 0 }));

/** Flash sales whose streams may hold wins: live ones and those ended within the last day. */
async function salesToWatch() {
  if (Date.now() - st.salesAt < SALES_TTL_MS) return st.sales;
  const { rows } = await pgPool().query<{ id: string }>(`SELECT id FROM "Promotion" WHERE type = 'FLASH_SALE' AND status IN ('APPROVED', 'SCHEDULED', 'ACTIVE', 'ENDED', 'TERMINATED') AND "endsAt" > now() - interval '1 day'`);
  st.sales = rows.map((x) => x.id);
  st.salesAt = Date.now();
  return st.sales;
}

/** This process's consumer: polls every 20 ms while there is work, 100 ms when idle; failures back off 1 s. */
export function startFlashWinsConsumer(r: FlashRedis = flashRedis) {
  if (st.running) return;
  st.running = true;
  const tick = async () => {
    let handled = 0;
    let wait = 100;
    try {
      for (const id of await salesToWatch()) handled += await processWins(id, r);
      wait = handled > 0 ? 0 : 100;
    } catch (e) {
      console.warn("flash wins consumer:", (e as Error).message);
      wait = 1_000;
    }
    st.handled += handled;
    if (st.running) st.timer = setTimeout(tick, wait);
  };
  st.timer = setTimeout(tick, 0);
}

export function stopFlashWinsConsumer() {
  st.running = false;
  if (st.timer) clearTimeout(st.timer);
}
