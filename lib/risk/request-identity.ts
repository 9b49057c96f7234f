import { isIP } from "node:net";
import type { RawRequest } from "@/lib/api/raw-request";

/** Who is acting, for the risk check: the client's address and device id (header `x-device-id`, or the `promo_did` cookie). */
export type Identity = { ip: string | null; deviceId: string | null };

export const deviceFromCookie = (cookie: string | null | undefined) => /(?:^|;\s*)promo_did=([A-Za-z0-9_-]{8,64})/.exec(cookie ?? "")?.[1] ?? null;

/**
 * A shopper's own request: its address. The host system acting for a shopper with an API key
 * calls from its own servers, so their address says nothing about the shopper: it passes the
 * shopper's as `x-shopper-ip` (and the device as `x-device-id`), or IP signals are not used.
 */
export function routeIdentity(req: RawRequest, ip: string, actor?: { kind: string } | null): Identity {
  const forwarded = (req.header("x-shopper-ip") ?? "").trim();
  const address = actor?.kind === "staff" ? (isIP(forwarded) ? forwarded : null) : ip || null;
  return { ip: address, deviceId: (req.header("x-device-id") ?? "").slice(0, 64) || deviceFromCookie(req.header("cookie")) };
}
