import { execFile } from "node:child_process";
import { promisify } from "node:util";

export type LoadResult = { reqPerSec: number; p50Ms: number; p99Ms: number; non2xx: number; errors: number };

const run = promisify(execFile);

/**
 * One bounded autocannon run against a local URL (loopback only). The load generator runs as
 * its own process pinned to CPU 1 (the server is pinned to CPU 0), as STACK.md measures.
 */
export async function load(url: string, connections: number, seconds: number, opts: { method?: string; headers?: Record<string, string>; body?: string } = {}): Promise<LoadResult> {
  const args = ["-c", "1", "node", "node_modules/autocannon/autocannon.js", "--json", "-c", String(connections), "-d", String(seconds), "-m", opts.method ?? "GET"];
  for (const [k, v] of Object.entries(opts.headers ?? {})) args.push("-H", `${k}=${v}`);
  if (opts.body) args.push("-b", opts.body);
  args.push(url);
  const { stdout } = await run("taskset", args, { maxBuffer: 10 * 1024 * 1024 });
  const r = JSON.parse(stdout);
  return { reqPerSec: Math.round(r.requests.average), p50Ms: r.latency.p50, p99Ms: r.latency.p99, non2xx: r.non2xx, errors: r.errors };
}
