import { createHmac, timingSafeEqual } from "node:crypto";
import { siteUrl } from "@/lib/seo/page-metadata";

// Links in emails and texts carry a signature instead of a session: an unsubscribe link works
// from any mail client without signing in, and a tracked link cannot be forged for another
// shopper. Signed with the server's secret (NEXTAUTH_SECRET).

const secret = () => process.env.NEXTAUTH_SECRET ?? "dev-secret";
const sign = (text: string) => createHmac("sha256", secret()).update(text).digest("base64url").slice(0, 32);

function verify(text: string, sig: string) {
  const want = Buffer.from(sign(text));
  const got = Buffer.from(sig);
  return want.length === got.length && timingSafeEqual(want, got);
}

/** `<shopperId>.<channel>.<sig>` */
export function unsubscribeToken(shopperId: string, channel: string) {
  return `${shopperId}.${channel}.${sign(`unsub:${shopperId}:${channel}`)}`;
}

export function readUnsubscribeToken(token: string): { shopperId: string; channel: string } | null {
  const [shopperId, channel, sig] = token.split(".");
  if (!shopperId || !channel || !sig || !verify(`unsub:${shopperId}:${channel}`, sig)) return null;
  return { shopperId, channel };
}

export const unsubscribeUrl = (shopperId: string, channel: string) => `${siteUrl()}/unsubscribe?t=${encodeURIComponent(unsubscribeToken(shopperId, channel))}`;
/** RFC 8058 one-click: the mail client POSTs here. */
export const oneClickUnsubscribeUrl = (shopperId: string, channel: string) => `${siteUrl()}/api/unsubscribe?t=${encodeURIComponent(unsubscribeToken(shopperId, channel))}`;

/** The tracked link of a delivery's email or text: records the click for this shopper and channel. */
export function clickUrl(deliveryId: string, shopperId: string, channel: string) {
  return `${siteUrl()}/api/deliveries/${deliveryId}/click?s=${encodeURIComponent(shopperId)}&c=${channel}&sig=${sign(`click:${deliveryId}:${shopperId}:${channel}`)}`;
}

export const verifyClick = (deliveryId: string, shopperId: string, channel: string, sig: string) => verify(`click:${deliveryId}:${shopperId}:${channel}`, sig);
