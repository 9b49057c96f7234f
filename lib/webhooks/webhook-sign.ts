import { createHmac, timingSafeEqual } from "node:crypto";

// Signatures (docs/webhooks.md): `X-Promo-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<raw body>">`.
// The timestamp is signed with the body, so a replayed request older than the receiver's
// tolerance (5 minutes suggested) can be refused.

export function signature(secret: string, timestamp: number, body: string) {
  return createHmac("sha256", secret).update(`${timestamp}.${body}`).digest("hex");
}

export const signatureHeader = (secret: string, timestamp: number, body: string) => `t=${timestamp},v1=${signature(secret, timestamp, body)}`;

/** What a receiver does (also the tests' receiver): true when the header matches the body and is recent. */
export function verifySignature(secret: string, header: string, body: string, nowSeconds = Math.floor(Date.now() / 1000), toleranceSeconds = 300) {
  const parts = Object.fromEntries(header.split(",").map((p) => p.split("=") as [string, string]));
  const t = Number(parts.t);
  if (!Number.isInteger(t) || Math.abs(nowSeconds - t) > toleranceSeconds || !parts.v1) return false;
  const want = Buffer.from(signature(secret, t, body), "hex");
  const got = Buffer.from(parts.v1, "hex");
  return want.length === got.length && timingSafeEqual(want, got);
}
