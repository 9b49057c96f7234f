import { spawn, execFileSync, type ChildProcess } from "node:child_process";

/** A benchmark database with the demo data (created anew), migrated and seeded. */
export function prepareBenchDatabase(name: string) {
  execFileSync("bash", ["scripts/test-db.sh", name], { stdio: "inherit" });
  execFileSync("npx", ["tsx", "prisma/seed.ts"], { stdio: "inherit", env: { ...process.env, DATABASE_URL: `postgresql://postgres@127.0.0.1:5432/${name}` } });
}

/** The production server (server/main.ts, one process: tsx as a loader so a kill stops it) on `port`, pinned to CPU 0, resolved once /api/health answers. */
export async function startServer(port: number, env: Record<string, string>): Promise<ChildProcess> {
  // BENCH_NODE_ARGS (e.g. "--prof") profiles the server under load
  const extra = (process.env.BENCH_NODE_ARGS ?? "").split(" ").filter(Boolean);
  const child = spawn("taskset", ["-c", "0", "node", ...extra, "--import", "tsx", "server/main.ts"], { env: { ...process.env, ...env, PORT: String(port), NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1" }, stdio: ["ignore", "ignore", "inherit"] });
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/api/health`)).ok) return child;
    } catch {}
    await new Promise((r) => setTimeout(r, 200));
  }
  child.kill();
  throw new Error("server did not start");
}
