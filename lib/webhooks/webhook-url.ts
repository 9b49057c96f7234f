import { isIP } from "node:net";
import { lookup } from "node:dns/promises";

/**
 * Why a webhook URL is refused, or null: http(s) only, no credentials in it, at most 500
 * characters, never this app itself (a subscription must not call our own admin API), and — unless
 * WEBHOOK_ALLOW_PRIVATE=1 (development, tests) — no loopback or private network address.
 */
export function webhookUrlProblem(raw: string, appUrl = process.env.APP_URL ?? process.env.NEXTAUTH_URL ?? "http://localhost:3000"): string | null {
  if (raw.length > 500) return "at most 500 characters";
  let u: URL;
  try {
    u = new URL(raw);
  } catch {
    return "is not a URL";
  }
  if (u.protocol !== "https:" && u.protocol !== "http:") return "must be http or https";
  if (u.username || u.password) return "must not carry credentials";
  const app = new URL(appUrl);
  const port = (x: URL) => x.port || (x.protocol === "https:" ? "443" : "80");
  const local = (h: string) => h === "localhost" || h === "127.0.0.1" || h === "[::1]" || h === "0.0.0.0";
  const sameHost = u.hostname === app.hostname || (local(u.hostname) && local(app.hostname));
  if (sameHost && port(u) === port(app)) return "must not point at this platform itself";
  if (process.env.WEBHOOK_ALLOW_PRIVATE !== "1" && privateHost(u.hostname)) return "must be a public address";
  return null;
}

export function privateHost(host: string): boolean {
  const h = host.replace(/^\[|\]$/g, "");
  // an IPv4 address written as IPv6 (::ffff:127.0.0.1, ::ffff:7f00:1)
  const mapped = /^::ffff:(.+)$/i.exec(h)?.[1];
  if (mapped) {
    if (isIP(mapped) === 4) return privateHost(mapped);
    const [hi, lo] = mapped.split(":").map((x) => parseInt(x, 16));
    if (Number.isInteger(hi) && Number.isInteger(lo)) return privateHost(`${hi >> 8}.${hi & 255}.${lo >> 8}.${lo & 255}`);
  }
  if (h === "localhost" || h.endsWith(".localhost") || h.endsWith(".internal") || h.endsWith(".local")) return true;
  if (isIP(h) === 4) {
    const [a, b] = h.split(".").map(Number);
    return a === 10 || a === 127 || a === 0 || (a === 169 && b === 254) || (a === 172 && b >= 16 && b <= 31) || (a === 192 && b === 168) || (a === 100 && b >= 64 && b <= 127);
  }
  if (isIP(h) === 6) return h === "::1" || h === "::" || /^f[cd]/i.test(h) || /^fe80/i.test(h);
  return false;
}

/** At send time: the addresses the URL's host resolves to now must be public too (unless allowed). */
export async function resolvesPrivate(url: string): Promise<boolean> {
  if (process.env.WEBHOOK_ALLOW_PRIVATE === "1") return false;
  const host = new URL(url).hostname.replace(/^\[|\]$/g, "");
  if (isIP(host)) return privateHost(host);
  const addrs = await lookup(host, { all: true }).catch(() => []);
  return addrs.some((a) => privateHost(a.address));
}
