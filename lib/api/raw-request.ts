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

const forwardedIp = (get: (n: string) => string | null | undefined) => get("x-forwarded-for")?.split(",")[0]?.trim() || get("x-real-ip") || null;

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
    ip: forwardedIp(header) ?? req.socket.remoteAddress ?? "local",
  };
}
