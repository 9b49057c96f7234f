import { isIP } from "node:net";
import { privateHost } from "@/lib/http/private-address";

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

/**
 * At send time, for a URL whose host is an IP address (a socket does not look those up): it must
 * be public (unless allowed). A name is checked by the delivery's own connection, on the addresses
 * it connects to (publicOnlyLookup), so it is not resolved twice.
 */
export function privateLiteral(url: string): boolean {
  if (process.env.WEBHOOK_ALLOW_PRIVATE === "1") return false;
  const host = new URL(url).hostname.replace(/^\[|\]$/g, "");
  return isIP(host) !== 0 && privateHost(host);
}
