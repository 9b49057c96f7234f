import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import { existsSync, mkdirSync, openSync, readFileSync } from "node:fs";

mkdirSync(".test-results", { recursive: true });

// The moving parts of the fault-injection suite: a Redis of its own (port 6391, nothing on disk,
// so a restart loses everything, as in production without persistence), the production server
// (server/main.ts) on port 3400, and the machine's PostgreSQL cluster (restarted for real).

export const REDIS_PORT = 6391;
export const APP_PORT = 3400;
export const BASE = `http://127.0.0.1:${APP_PORT}`;
export const DB_NAME = "promo_faults";
export const DATABASE_URL = `postgresql://postgres@127.0.0.1:5432/${DB_NAME}`;
export const REDIS_URL = `redis://127.0.0.1:${REDIS_PORT}/0`;

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

let redisProc: ChildProcess | null = null;
let appProc: ChildProcess | null = null;

export async function startRedis() {
  redisProc = spawn("redis-server", ["--port", String(REDIS_PORT), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"], { stdio: "ignore" });
  for (let i = 0; i < 50; i++) {
    try {
      execFileSync("redis-cli", ["-p", String(REDIS_PORT), "ping"], { stdio: "pipe" });
      return;
    } catch {
      await sleep(100);
    }
  }
  throw new Error("test Redis did not start");
}

export async function killRedis() {
  const p = redisProc;
  redisProc = null;
  if (!p) return;
  const exited = new Promise((r) => p.once("exit", r));
  p.kill("SIGKILL");
  await exited;
}

export const flushRedis = () => execFileSync("redis-cli", ["-p", String(REDIS_PORT), "flushall"], { stdio: "pipe" });

export async function startApp(extraEnv: Record<string, string> = {}) {
  if (!existsSync(".next/BUILD_ID")) throw new Error("no production build: run `npm run build` first (scripts/test-faults.sh does)");
  appProc = spawn("node", ["--import", "tsx", "server/main.ts"], {
    env: {
      ...process.env,
      PORT: String(APP_PORT),
      NODE_ENV: "production",
      NEXT_TELEMETRY_DISABLED: "1",
      DATABASE_URL,
      REDIS_URL,
      NEXTAUTH_SECRET: "faults-secret-0123456789",
      NEXTAUTH_URL: BASE,
      CLOCK_MS: "1000",
      API_RATE_LIMIT_PER_MINUTE: "10000000",
      FLASH_KEY_RATE_PER_SECOND: "1000000",
      ...extraEnv,
    },
    // the app's error log goes to .test-results/faults-app.log (appended over restarts) so a
    // failure in CI can be read afterwards; FAULTS_VERBOSE=1 shows it live instead
    stdio: ["ignore", "ignore", process.env.FAULTS_VERBOSE ? "inherit" : openSync(".test-results/faults-app.log", "a")],
  });
  for (let i = 0; i < 150; i++) {
    try {
      if ((await fetch(`${BASE}/api/health`)).ok) return;
    } catch {
      // not up yet
    }
    await sleep(200);
  }
  throw new Error("app did not start");
}

export async function killApp(signal: NodeJS.Signals = "SIGKILL") {
  const p = appProc;
  appProc = null;
  if (!p) return;
  const exited = new Promise((r) => p.once("exit", r));
  p.kill(signal);
  await exited;
}

/** Restarts the machine's PostgreSQL cluster (fast shutdown: open connections are cut); the load goes on meanwhile. */
export async function restartPostgres() {
  const version = execFileSync("ls", ["/etc/postgresql"], { encoding: "utf8" }).trim().split("\n")[0];
  const p = spawn("pg_ctlcluster", ["--skip-systemctl-redirect", version, "main", "restart", "-m", "fast"], { stdio: "ignore" });
  const code = await new Promise<number | null>((r) => p.once("exit", r));
  if (code !== 0) throw new Error(`pg_ctlcluster restart exited with ${code}`);
}

/** Waits until /api/ready answers 200; returns when. */
export async function waitReady(timeoutMs = 30_000) {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    try {
      if ((await fetch(`${BASE}/api/ready`, { signal: AbortSignal.timeout(2_000) })).ok) return Date.now();
    } catch {
      // still away
    }
    await sleep(100);
  }
  throw new Error("the app did not become ready again");
}

export type Rec = { op: string; at: number; ms: number; status: number | "TIMEOUT" | "NETWORK"; code?: string; result?: string; id?: string; key?: string };

/** One request with a hang detector: 8 s without an answer is a hang. */
export async function call(op: string, method: string, path: string, key: string, body?: unknown): Promise<Rec> {
  const at = Date.now();
  try {
    const res = await fetch(`${BASE}${path}`, { method, headers: { authorization: `Bearer ${key}`, "content-type": "application/json" }, body: body ? JSON.stringify(body) : undefined, signal: AbortSignal.timeout(8_000) });
    const json = (await res.json().catch(() => null)) as { id?: string; result?: string; orderId?: string; error?: { code?: string } } | null;
    return { op, at, ms: Date.now() - at, status: res.status, code: json?.error?.code, result: json?.result, id: json?.id ?? json?.orderId };
  } catch (e) {
    const status = (e as Error).name === "TimeoutError" ? "TIMEOUT" : "NETWORK";
    // a client backs off a little when the server is not there
    if (status === "NETWORK") await sleep(100);
    return { op, at, ms: Date.now() - at, status };
  }
}

/** The app's logged 500s (from .test-results/faults-app.log), to show beside a failed assertion. */
export function loggedInternalErrors(): string[] {
  try {
    return readFileSync(".test-results/faults-app.log", "utf8").split("\n").filter((l) => l.includes('"code":"INTERNAL"')).slice(-5);
  } catch {
    return [];
  }
}
