// (a) of the flash-sale benchmark: the practical limit of this machine — a bare Node http server
// that parses the body and runs the very same attempt script on Redis, nothing else.
// Usage: PORT=3301 PROMOTION_ID=… node --import tsx bench/minimal-flash-server.ts
import http from "node:http";
import { createFlashRedis, flashScripts } from "@/lib/flash-sale/flash-redis";

const r = createFlashRedis();
const scripts = flashScripts(r, process.env.PROMOTION_ID!);
http
  .createServer((req, res) => {
    let body = "";
    req.on("data", (c) => (body += c));
    req.on("end", () => {
      const b = JSON.parse(body) as { userId: string; skuId: string; quantity: number; idempotencyKey: string };
      scripts
        .attempt(Date.now(), b.skuId, b.userId, b.quantity, b.idempotencyKey, "t", 5)
        .then(([result]) => {
          const out = JSON.stringify({ result });
          res.writeHead(200, { "content-type": "application/json", "content-length": Buffer.byteLength(out) });
          res.end(out);
        })
        .catch(() => {
          res.writeHead(500);
          res.end();
        });
    });
  })
  .listen(Number(process.env.PORT), () => console.log("ready"));
