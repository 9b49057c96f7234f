import { AppError } from "./errors";
import type { RawRequest } from "./raw-request";

const SAFE = new Set(["GET", "HEAD", "OPTIONS"]);

/** The origins this app is served from: its public URL and the Host the request was sent to. */
function ownOrigins(req: RawRequest): Set<string> {
  const out = new Set<string>();
  const host = req.header("x-forwarded-host") ?? req.header("host");
  const proto = req.header("x-forwarded-proto") ?? req.url.protocol.replace(":", "");
  if (host) out.add(`${proto}://${host}`.toLowerCase());
  for (const u of [process.env.NEXTAUTH_URL, process.env.PUBLIC_URL]) {
    if (!u) continue;
    try {
      out.add(new URL(u).origin.toLowerCase());
    } catch {
      // a malformed setting adds nothing
    }
  }
  return out;
}

/**
 * CSRF defence for cookie-authenticated writes (SPEC §12): the browser's Origin (or, failing
 * that, Referer) must be one of ours. A browser always sends one of them, or Sec-Fetch-Site, on
 * a cross-origin POST; a request with none of the three comes from a non-browser client, which
 * cannot ride a victim's cookie. SameSite=Lax alone lets sibling origins of the same site through.
 */
export function assertSameOrigin(req: RawRequest) {
  if (SAFE.has(req.method.toUpperCase())) return;
  const origin = req.header("origin");
  const referer = req.header("referer");
  const site = req.header("sec-fetch-site");
  let from: string | null = null;
  if (origin && origin !== "null") from = origin;
  else if (referer) {
    try {
      from = new URL(referer).origin;
    } catch {
      from = "invalid";
    }
  } else if (origin === "null" || (site && site !== "same-origin" && site !== "none")) from = "opaque";
  if (from === null) return;
  if (!ownOrigins(req).has(from.toLowerCase())) throw new AppError("CROSS_ORIGIN", "Cross-origin writes with a session cookie are refused");
}
