import { hostname } from "node:os";
import { toAppError } from "@/lib/api/errors";
import { keys } from "@/lib/redis/keys";
import { processState } from "@/lib/process-state";
import { pgPool } from "@/lib/db/pg-pool";
import { flashRedis, flashScripts, type FlashRedis } from "./flash-redis";
import { planFlashOrder, writeFlashPlans, type FlashWriteOutcome } from "./write-flash-order";
import type { OrderPlan } from "@/lib/orders/order-plan";
import type { AttemptInput } from "./attempt-flash-sale";

// Flash-sale wins off the request path (issue 12): the attempt script appends each win to the
// sale's stream ({fs:<id>}:wins) atomically with taking the unit, and answers at once. Consumers
// (one per app process, in the group "writers") read the stream, write each win's order, record
// the order under the shopper's idempotency record, then acknowledge and delete the entry. A
// consumer that dies (SIGKILL) leaves its entries pending; any live consumer claims entries idle
// longer than CLAIM_IDLE_MS and writes them — the order's unique (shopper, idempotency key) makes
// a second write answer the first order, so every win becomes exactly one order.

const GROUP = "writers";
const CLAIM_IDLE_MS = 3_000;
const BATCH = 200;
const CONCURRENCY = 16;
const consumer = () => `${hostname()}-${process.pid}`;

type Entry = [id: string, fields: string[]];
const fieldsOf = (f: string[]) => Object.fromEntries(Array.from({ length: f.length / 2 }, (_, i) => [f[2 * i], f[2 * i + 1]]));

// streams whose group this process has made sure of: the consumer's idle passes cost two reads
const groups = processState("flash-wins-groups", () => new WeakMap<FlashRedis, Set<string>>());

async function ensureGroup(r: FlashRedis, stream: string) {
  let known = groups.get(r);
  if (!known) groups.set(r, (known = new Set()));
  if (known.has(stream)) return;
  await r.xgroup("CREATE", stream, GROUP, "0", "MKSTREAM").catch((e: Error) => {
    if (!/BUSYGROUP/.test(e.message)) throw e;
  });
  known.add(stream);
}

/** New entries, and those a dead consumer left unacknowledged; a group lost with Redis's data is made again once. */
async function readEntries(r: FlashRedis, stream: string, claimIdleMs: number, retry = true): Promise<Entry[]> {
  await ensureGroup(r, stream);
  const me = consumer();
  try {
    const claimed = ((await r.xautoclaim(stream, GROUP, me, claimIdleMs, "0-0", "COUNT", BATCH)) as [string, Entry[]])[1] ?? [];
    const fresh = ((await r.xreadgroup("GROUP", GROUP, me, "COUNT", BATCH, "STREAMS", stream, ">")) as [string, Entry[]][] | null)?.[0]?.[1] ?? [];
    return [...claimed, ...fresh].filter(([, f]) => f);
  } catch (e) {
    if (!retry || !/NOGROUP/.test((e as Error).message)) throw e;
    groups.get(r)?.delete(stream);
    return readEntries(r, stream, claimIdleMs, false);
  }
}

// entries that keep failing for another reason (a bug, not an outage) are given up after a minute
const MAX_FAILURES = 20;
const failures = processState("flash-wins-failures", () => new Map<string, number>());

type Win = { id: string; input: AttemptInput; wonAt: number };

/**
 * A win that could not be planned or written for a reason other than the business's: an outage
 * is waited out however long it lasts (false: try again); other failures (a bug) are given up
 * after MAX_FAILURES tries — the unit goes back and the record is forgotten, so the shopper's next
 * request starts afresh (true: settled).
 */
async function failed(w: Win, e: unknown, r: FlashRedis): Promise<boolean> {
  if (toAppError(e).code === "UNAVAILABLE") return false;
  const n = (failures.get(w.id) ?? 0) + 1;
  failures.set(w.id, n);
  console.error(`flash win ${w.id} could not be written (attempt ${n})`, e);
  if (n < MAX_FAILURES) return false;
  await flashScripts(r, w.input.promotionId).refuse(w.input.skuId, w.input.shopperId, w.input.quantity, w.input.idempotencyKey, true, "");
  failures.delete(w.id);
  return true;
}

/**
 * Writes the orders of a batch of wins: each is priced and planned (8 at a time), then all plans
 * are written in one transaction (lib/orders/write-order-plan.ts: the hot counters once per batch).
 * Then per win, in Redis: a written order is recorded under the shopper's idempotency record; a
 * business refusal records the shopper's answer and gives the unit back when it is still for sale
 * (atomically, only while still pending). Returns the stream ids that are settled; the others are
 * tried again (database or Redis unreachable, the record not written yet).
 */
async function settleBatch(promotionId: string, wins: Win[], r: FlashRedis, latencies: number[]): Promise<string[]> {
  const scripts = flashScripts(r, promotionId);
  const planned: { w: Win; plan: OrderPlan }[] = [];
  const answers: { w: Win; out: FlashWriteOutcome }[] = [];
  const done: string[] = [];
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(CONCURRENCY, wins.length) }, async () => {
      while (next < wins.length) {
        const w = wins[next++];
        try {
          const p = await planFlashOrder(w.input, new Date(), new Date(w.wonAt));
          if (p.ok) planned.push({ w, plan: p.plan });
          else answers.push({ w, out: p });
        } catch (e) {
          if (await failed(w, e, r).catch(() => false)) done.push(w.id);
        }
      }
    }),
  );
  if (planned.length) {
    try {
      const written = await writeFlashPlans(planned.map((p) => p.plan));
      planned.forEach((p, i) => answers.push({ w: p.w, out: written[i] }));
    } catch (e) {
      for (const p of planned) if (await failed(p.w, e, r).catch(() => false)) done.push(p.w.id);
    }
  }
  await Promise.all(
    answers.map(async ({ w, out }) => {
      const i = w.input;
      // written neither way (an error of its own): tried again, given up after MAX_FAILURES
      if (!out.ok && "error" in out) {
        if (await failed(w, out.error, r).catch(() => false)) done.push(w.id);
        return;
      }
      try {
        if (out.ok) await scripts.record(i.shopperId, i.idempotencyKey, out.orderId);
        else await scripts.refuse(i.skuId, i.shopperId, i.quantity, i.idempotencyKey, out.restore, out.outcome);
      } catch {
        return; // the order exists (or the refusal stands): writing it again answers it, then the record is retried
      }
      failures.delete(w.id);
      done.push(w.id);
      // win → order payable, in ms (the attempt's clock is this machine's: bench:flash-sale reads it)
      if (out.ok) latencies.push(Date.now() - w.wonAt);
    }),
  );
  return done;
}

/** One pass over a sale's stream: claims stale entries, reads new ones, writes their orders. Returns how many were settled. */
export async function processWins(promotionId: string, r: FlashRedis = flashRedis, claimIdleMs = CLAIM_IDLE_MS): Promise<number> {
  const stream = keys.flashSale(promotionId).wins;
  if (!(await r.exists(stream))) return 0;
  const entries = await readEntries(r, stream, claimIdleMs);
  const wins = entries.map(([id, raw]): Win => {
    const f = fieldsOf(raw);
    return { id, wonAt: Number(f.a) || Date.now(), input: { promotionId, skuId: f.k, shopperId: f.s, quantity: Number(f.q), idempotencyKey: f.i, channel: (f.c || null) as AttemptInput["channel"] } };
  });
  const latencies: number[] = [];
  const done = wins.length ? await settleBatch(promotionId, wins, r, latencies) : [];
  if (done.length) {
    await r.xack(stream, GROUP, ...done);
    await r.xdel(stream, ...done);
  }
  if (latencies.length) {
    const lat = keys.flashSale(promotionId).latency;
    await r.rpush(lat, ...latencies).then(() => r.ltrim(lat, -100_000, -1)).then(() => r.pexpire(lat, 86_400_000)).catch(() => undefined);
  }
  return done.length;
}

/** Units won but not yet written as orders, per SKU (what the monitor adds to Redis's count). */
export async function queuedUnits(promotionId: string, r: FlashRedis = flashRedis): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  for (const w of await queuedWins(promotionId, r)) out[w.skuId] = (out[w.skuId] ?? 0) + w.quantity;
  return out;
}

/**
 * Writes every queued win of a sale now (tests, the monitor's rebuild): passes until one settles
 * nothing (the stream is empty, or what is left cannot be written now — the consumers retry it).
 */
export async function drainWins(promotionId: string, r: FlashRedis = flashRedis) {
  for (let i = 0; i < 1_000; i++) {
    if ((await processWins(promotionId, r, 0)) === 0) return;
  }
}

/** The wins still queued, per SKU and per shopper, with their idempotency fields (what a counter load must keep). */
export async function queuedWins(promotionId: string, r: FlashRedis = flashRedis) {
  const out: { skuId: string; shopperId: string; quantity: number; field: string }[] = [];
  for (const [, f] of (await r.xrange(keys.flashSale(promotionId).wins, "-", "+")) as Entry[]) {
    const x = fieldsOf(f);
    out.push({ skuId: x.k, shopperId: x.s, quantity: Number(x.q), field: `${x.s}:${x.i}` });
  }
  return out;
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
