import type { PoolClient } from "pg";
import { pgPool } from "@/lib/db/pg-pool";
import { processState } from "@/lib/process-state";
import { advancePromotionLifecycle } from "@/lib/promotions/advance-lifecycle";
import { cancelExpiredOrders } from "@/lib/orders/order-timeout";
import { expireDueGroups } from "@/lib/group-buy/expire-groups";
import { requeueLostJobs } from "@/lib/jobs/requeue-lost-jobs";
import { reloadMissingFlashCounters } from "@/lib/flash-sale/flash-recovery";
import { fireAutomations } from "@/lib/automations/fire-automations";
import { settleInvitations } from "@/lib/invites/settle-invitations";
import { expirePoints } from "@/lib/engagement/points-account";
import { sweepPresales } from "@/lib/presale/presale-lifecycle";
import { evaluateAlerts } from "@/lib/alerts/evaluate-alerts";

// The clock of everything that is due at a time (SPEC §3 lifecycle, §6 unpaid-order timeouts, §7
// group expiry, background jobs): the database says what is due (indexed columns: order
// expiresAt, group expiresAt, promotion start/end), and every instance runs the same idempotent
// sweeps on a timer — no job scheduler in Redis to lose. One instance at a time runs the sweeps
// (a PostgreSQL advisory lock); a sweep that fails (database down) is simply retried at
// the next tick, so after any outage the delay of a due transition is at most one tick.
// BullMQ still gives exact per-order / per-group timers and runs background jobs; losing Redis
// only loses that precision.

export const CLOCK_MS = Number(process.env.CLOCK_MS ?? 5_000);

type Task = { name: string; everyMs: number; run: () => Promise<unknown> };
const CLOCK_LOCK = 72_001;

export const TASKS: Task[] = [
  { name: "promotion-lifecycle", everyMs: CLOCK_MS, run: () => advancePromotionLifecycle() },
  { name: "order-timeouts", everyMs: CLOCK_MS, run: () => cancelExpiredOrders() },
  { name: "group-expiry", everyMs: CLOCK_MS, run: () => expireDueGroups() },
  { name: "lost-jobs", everyMs: Math.max(CLOCK_MS, 15_000), run: () => requeueLostJobs() },
  { name: "flash-counters", everyMs: CLOCK_MS, run: () => reloadMissingFlashCounters() },
  { name: "invitations", everyMs: Math.max(CLOCK_MS, 30_000), run: () => settleInvitations() },
  { name: "presale", everyMs: CLOCK_MS, run: () => sweepPresales() },
  { name: "alerts", everyMs: Number(process.env.ALERTS_MS ?? CLOCK_MS), run: () => evaluateAlerts() },
  { name: "points-expiry", everyMs: 3_600_000, run: () => expirePoints() },
  { name: "automations", everyMs: Number(process.env.AUTOMATIONS_MS ?? 60_000), run: () => fireAutomations() },
];

type State = { timer: NodeJS.Timeout | null; lastRun: Map<string, number>; busy: boolean; lastError: Map<string, string>; ticks: number };
const st = processState<State>("clock", () => ({ timer: null, lastRun: new Map(), busy: false, lastError: new Map(), ticks: 0 }));

/**
 * One tick: the tasks whose interval has passed, one after another, by whichever instance holds
 * the clock's advisory lock (a session lock on a connection of its own, released at the end — or
 * by PostgreSQL when the process or the connection dies). Tests call it directly.
 */
export async function tick(now = Date.now()) {
  if (st.busy) return "busy";
  const due = TASKS.filter((t) => now - (st.lastRun.get(t.name) ?? 0) >= t.everyMs);
  if (!due.length) return "idle";
  st.busy = true;
  st.ticks++;
  let client: PoolClient | null = null;
  try {
    const c = await pgPool().connect();
    client = c;
    const { rows } = await c.query<{ ok: boolean }>("SELECT pg_try_advisory_lock($1) AS ok", [CLOCK_LOCK]);
    if (!rows[0].ok) return "busy";
    try {
      for (const task of due) {
        try {
          await task.run();
          st.lastRun.set(task.name, now);
          st.lastError.delete(task.name);
        } catch (e) {
          // the database or Redis is away: the next tick retries
          st.lastError.set(task.name, (e as Error).message);
        }
      }
    } finally {
      await c.query("SELECT pg_advisory_unlock($1)", [CLOCK_LOCK]).catch(() => undefined);
    }
    return "ran";
  } catch (e) {
    for (const t of due) st.lastError.set(t.name, (e as Error).message);
    return "failed";
  } finally {
    client?.release();
    st.busy = false;
  }
}

/** Starts this process's clock once (instrumentation, scripts); idempotent. */
export function startClock() {
  if (st.timer) return;
  st.timer = setInterval(() => void tick(), Math.min(CLOCK_MS, 1_000));
  st.timer.unref?.();
}

export function stopClock() {
  if (st.timer) clearInterval(st.timer);
  st.timer = null;
}

/** For /api/ready and the monitor: when each task last ran, and its last error. */
export function clockStatus() {
  return TASKS.map((t) => ({ name: t.name, lastRunAt: st.lastRun.get(t.name) ?? null, error: st.lastError.get(t.name) ?? null }));
}
