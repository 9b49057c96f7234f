import type { RawRequest } from "@/lib/api/raw-request";

/** Who is acting, for the risk check: the client's address and device id (header `x-device-id`, or the `promo_did` cookie). */
export type Identity = { ip: string | null; deviceId: string | null };

export const deviceFromCookie = (cookie: string | null | undefined) => /(?:^|;\s*)promo_did=([A-Za-z0-9_-]{8,64})/.exec(cookie ?? "")?.[1] ?? null;

export function routeIdentity(req: RawRequest, ip: string): Identity {
  return { ip: ip || null, deviceId: (req.header("x-device-id") ?? "").slice(0, 64) || deviceFromCookie(req.header("cookie")) };
}
