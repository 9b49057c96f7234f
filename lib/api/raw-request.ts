import type { NextRequest } from "next/server";
import type { IncomingMessage } from "node:http";

/**
 * What a route needs of a request, whoever received it: Next.js (route handlers) or the plain
 * Node fast path (server/main.ts) for the hottest endpoints.
 */
export type RawRequest = {
  method: string;
  url: URL;
  header(name: string): string | null;
  /** for next-auth's getToken: a cookie store with getAll(), or a Map */
  cookies: { getAll(): { name: string; value: string }[] } | Map<string, string>;
  text(): Promise<string>;
  ip: string;
};

/**
 * The client's address: the production server (server/main.ts) stamps the socket's address on
 * `x-promo-client-ip` before Next.js sees a request (overwriting whatever a client sent);
 * X-Forwarded-For is believed only behind a trusted proxy (TRUST_PROXY=1), never by default, so a
 * client cannot dodge per-IP limits by inventing addresses.
 */
export const CLIENT_IP_HEADER = "x-promo-client-ip";
const forwardedIp = (get: (n: string) => string | null | undefined) =>
  (process.env.TRUST_PROXY === "1" ? get("x-forwarded-for")?.split(",")[0]?.trim() || get("x-real-ip") : null) || get(CLIENT_IP_HEADER) || null;

export function fromNextRequest(req: NextRequest): RawRequest {
  return {
    method: req.method,
    url: req.nextUrl,
    header: (n) => req.headers.get(n),
    cookies: req.cookies,
    text: () => req.text(),
    ip: forwardedIp((n) => req.headers.get(n)) ?? "local",
  };
}

function parseCookies(header: string | undefined) {
  const map = new Map<string, string>();
  for (const part of (header ?? "").split(";")) {
    const i = part.indexOf("=");
    if (i > 0) map.set(part.slice(0, i).trim(), decodeURIComponent(part.slice(i + 1).trim()));
  }
  return map;
}

export function fromNodeRequest(req: IncomingMessage): RawRequest {
  const header = (n: string) => {
    const v = req.headers[n.toLowerCase()];
    return Array.isArray(v) ? v.join(", ") : (v ?? null);
  };
  return {
    method: req.method ?? "GET",
    url: new URL(req.url ?? "/", `http://${req.headers.host ?? "localhost"}`),
    header,
    cookies: parseCookies(req.headers.cookie),
    text: () =>
      new Promise((resolve, reject) => {
        const chunks: Buffer[] = [];
        req.on("data", (c: Buffer) => chunks.push(c));
        req.on("end", () => resolve(Buffer.concat(chunks).toString("utf8")));
        req.on("error", reject);
      }),
    ip: (process.env.TRUST_PROXY === "1" ? forwardedIp(header) : null) ?? req.socket.remoteAddress ?? "local",
  };
}
