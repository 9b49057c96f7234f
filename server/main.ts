// Production server: one Node http server that answers the hot endpoints itself (fast-routes.ts)
// and hands every other request to Next.js. Start: `npm start` (after `npm run build`).
import "dotenv/config";
// what `next start` loads first: AsyncLocalStorage and the other globals Next.js expects
import "next/dist/server/node-environment.js";
import http from "node:http";
import next from "next";
import { fromNodeRequest } from "@/lib/api/raw-request";
import { SECURITY_HEADERS } from "@/lib/http/security-headers";
import { publicPageCache } from "@/lib/http/cache-policy";
import { matchFastRoute, MalformedUrl } from "./fast-routes";
import { brotliAssetPath, precompressStaticAssets, serveBrotliAsset } from "./static-brotli";

import { fork, type ChildProcess } from "node:child_process";

const port = Number(process.env.PORT ?? 3000);

// The flash-sale wins consumer runs in a child process of its own (FLASH_WINS_INLINE=1 keeps it in
// this one): under a sale's load this process's event loop is busy answering attempts, and a
// consumer inside it would wait a turn of that loop for every query. Restarted if it dies.
let worker: ChildProcess | null = null;
let stopping = false;
function startWinsWorker() {
  worker = fork("server/flash-wins-worker.ts", [], { execArgv: ["--import", "tsx"], stdio: "inherit" });
  worker.on("exit", () => {
    if (!stopping) setTimeout(startWinsWorker, 1_000);
  });
}
if ((process.env.DISABLE_WORKERS !== "1" || process.env.FLASH_WINS_CONSUMER === "1") && process.env.FLASH_WINS_INLINE !== "1") {
  process.env.FLASH_WINS_FORKED = "1"; // instrumentation.ts: not in this process
  startWinsWorker();
}

precompressStaticAssets();
const app = next({ dev: false, dir: process.cwd(), port });
const handle = app.getRequestHandler();
await app.prepare();

function send(res: http.ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) {
  const text = JSON.stringify(body);
  res.writeHead(status, { ...SECURITY_HEADERS, ...headers, "content-type": "application/json", "content-length": Buffer.byteLength(text), "cache-control": "no-store" });
  res.end(text);
}

/**
 * Next.js marks every dynamic page `private, no-store`; a public shop page (lib/http/cache-policy)
 * gets a shared-cache policy instead — on a successful page only (redirects and errors stay private).
 */
function shareable(res: http.ServerResponse, cache: { cacheControl: string; vary: string }) {
  const setHeader = res.setHeader.bind(res);
  res.setHeader = (name: string, value: number | string | readonly string[]) => {
    const key = name.toLowerCase();
    // a page that is gone (404) is cached briefly too, or a cache would keep serving its old copy
    if (key === "cache-control" && (res.statusCode === 200 || res.statusCode === 404)) return setHeader(name, cache.cacheControl);
    if (key === "vary" && cache.vary && res.statusCode === 200) {
      const v = Array.isArray(value) ? value.join(", ") : String(value);
      return setHeader(name, v.toLowerCase().includes(cache.vary.toLowerCase()) ? v : `${v}, ${cache.vary}`);
    }
    return setHeader(name, value);
  };
}

// bench:cache counts what reaches the app behind a caching proxy
const logRequests = process.env.LOG_REQUESTS === "1";

const malformed = { error: { code: "MALFORMED_URL", message: "The URL cannot be decoded" } };

const server = http
  .createServer((req, res) => {
    let fast: ReturnType<typeof matchFastRoute>;
    const path = (req.url ?? "/").split("?")[0];
    try {
      // an undecodable URL is answered here, whoever would have served it
      decodeURI(path);
      fast = matchFastRoute(req.method ?? "GET", path);
    } catch (e) {
      if (e instanceof MalformedUrl || e instanceof URIError) return send(res, 400, malformed);
      return send(res, 500, { error: { code: "INTERNAL", message: "Internal error" } });
    }
    // Next.js cannot see the socket: hand it the client's address (a client-sent value is replaced)
    req.headers["x-promo-client-ip"] = req.socket.remoteAddress ?? "local";
    if (!fast) {
      if (logRequests) console.log(`req ${req.method} ${req.url}`);
      const asset = brotliAssetPath(req.method ?? "GET", path, req.headers["accept-encoding"]);
      if (asset && serveBrotliAsset(req, res, asset, SECURITY_HEADERS)) return;
      const cache = publicPageCache(req.method ?? "GET", path);
      if (cache) shareable(res, cache);
      return void handle(req, res);
    }
    fast
      .handler(fromNodeRequest(req), fast.params)
      .then((reply) => send(res, reply.status, reply.body, reply.headers))
      .catch((err) => {
        console.error(err);
        send(res, 500, { error: { code: "INTERNAL", message: "Internal error" } });
      });
  })
  .listen(port, () => console.log(`ready on http://localhost:${port}`));

// idle keep-alive sockets outlive a client's (or a proxy's) pool, so a client never sends on a
// socket the server is closing at that instant (an ECONNRESET seen once from the e2e suite)
server.keepAliveTimeout = 65_000;
server.headersTimeout = 66_000;

// a clean exit on SIGINT / SIGTERM (in-flight requests finish; profilers and coverage get written)
for (const signal of ["SIGINT", "SIGTERM"] as const)
  process.once(signal, () => {
    stopping = true;
    worker?.kill(signal);
    server.close(() => process.exit(0)).closeIdleConnections();
  });
