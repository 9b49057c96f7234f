// Production server: one Node http server that answers the hot endpoints itself (fast-routes.ts)
// and hands every other request to Next.js. Start: `npm start` (after `npm run build`).
import "dotenv/config";
// what `next start` loads first: AsyncLocalStorage and the other globals Next.js expects
import "next/dist/server/node-environment.js";
import http from "node:http";
import next from "next";
import { fromNodeRequest } from "@/lib/api/raw-request";
import { matchFastRoute } from "./fast-routes";

const port = Number(process.env.PORT ?? 3000);
const app = next({ dev: false, dir: process.cwd(), port });
const handle = app.getRequestHandler();
await app.prepare();

const server = http
  .createServer((req, res) => {
    const path = (req.url ?? "/").split("?")[0];
    const fast = matchFastRoute(req.method ?? "GET", path);
    if (!fast) return void handle(req, res);
    fast
      .handler(fromNodeRequest(req), fast.params)
      .then((reply) => {
        const body = JSON.stringify(reply.body);
        res.writeHead(reply.status, { "content-type": "application/json", "content-length": Buffer.byteLength(body) });
        res.end(body);
      })
      .catch((err) => {
        console.error(err);
        res.writeHead(500, { "content-type": "application/json" });
        res.end(JSON.stringify({ error: { code: "INTERNAL", message: "Internal error" } }));
      });
  })
  .listen(port, () => console.log(`ready on http://localhost:${port}`));

// a clean exit on SIGINT / SIGTERM (in-flight requests finish; profilers and coverage get written)
for (const signal of ["SIGINT", "SIGTERM"] as const) process.once(signal, () => server.close(() => process.exit(0)).closeIdleConnections());
