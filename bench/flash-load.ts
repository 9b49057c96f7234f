// One autocannon run of flash-sale attempts: every request a random shopper of USERS with a fresh
// idempotency key. Prints one JSON line. Run pinned to CPU 1 (servers are pinned to CPU 0).
// Usage: node --import tsx bench/flash-load.ts URL CONNECTIONS SECONDS KEY SKU USERS_FILE
import { readFileSync } from "node:fs";
import autocannon from "autocannon";

const [url, connections, seconds, key, skuId, usersFile] = process.argv.slice(2);
const users = JSON.parse(readFileSync(usersFile, "utf8")) as string[];
let n = 0;
const results: Record<string, number> = {};
const instance = autocannon(
  {
    url,
    connections: Number(connections),
    duration: Number(seconds),
    requests: [
      {
        method: "POST",
        headers: { authorization: `Bearer ${key}`, "content-type": "application/json" },
        setupRequest: (req) => ({ ...req, body: JSON.stringify({ userId: users[Math.floor(Math.random() * users.length)], skuId, quantity: 1, idempotencyKey: `bench-${process.pid}-${++n}` }) }),
        onResponse: (status, body) => {
          const r = status === 200 ? ((JSON.parse(body) as { result?: string }).result ?? "?") : `HTTP ${status}`;
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
