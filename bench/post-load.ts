// One autocannon run of POSTs by random shoppers, each with a fresh idempotency key: MODE
// "flash" attempts a flash sale's SKU, "order" places a coupon-free order of one unit of it.
// Prints one JSON line (req/s, p50, p99, results or statuses). Run pinned to CPU 1 (servers
// are pinned to CPU 0).
// Usage: node --import tsx bench/post-load.ts MODE URL CONNECTIONS SECONDS KEY SKU USERS_FILE
import { readFileSync } from "node:fs";
import autocannon from "autocannon";

const [mode, url, connections, seconds, key, skuId, usersFile] = process.argv.slice(2);
const users = JSON.parse(readFileSync(usersFile, "utf8")) as string[];
let n = 0;
const results: Record<string, number> = {};
const body = () => {
  const userId = users[Math.floor(Math.random() * users.length)];
  const idempotencyKey = `bench-${mode}-${process.pid}-${++n}`;
  return JSON.stringify(mode === "order" ? { userId, lines: [{ skuId, quantity: 1 }], couponIds: [], idempotencyKey } : { userId, skuId, quantity: 1, idempotencyKey });
};
const outcome = (status: number, text: string) => {
  const parsed = JSON.parse(text) as { result?: string; error?: { code?: string } };
  if (mode === "order") return status === 201 ? "201" : `${status} ${parsed.error?.code ?? ""}`;
  return status === 200 ? (parsed.result ?? "?") : `HTTP ${status}`;
};
const instance = autocannon(
  {
    url,
    connections: Number(connections),
    duration: Number(seconds),
    requests: [
      {
        method: "POST",
        headers: { authorization: `Bearer ${key}`, "content-type": "application/json" },
        setupRequest: (req) => ({ ...req, body: body() }),
        onResponse: (status, text) => {
          const r = outcome(status, text);
          results[r] = (results[r] ?? 0) + 1;
        },
      },
    ],
  },
  (err, r) => {
    if (err) throw err;
    console.log(JSON.stringify({ reqPerSec: Math.round(r.requests.average), p50Ms: r.latency.p50, p99Ms: r.latency.p99, non2xx: r.non2xx, errors: r.errors, results }));
  },
);
process.once("SIGINT", () => instance.stop());
