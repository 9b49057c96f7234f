import { createHmac, timingSafeEqual } from "node:crypto";

// Signatures (docs/webhooks.md): `X-Promo-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<raw body>">`
// (a second v1 for a day after the secret is rotated: the previous secret's).
// The timestamp is signed with the body, so a replayed request older than the receiver's
// tolerance (5 minutes suggested) can be refused.

export function signature(secret: string, timestamp: number, body: string) {
  return createHmac("sha256", secret).update(`${timestamp}.${body}`).digest("hex");
}

/** One `v1` per secret: after a rotation, the new secret's and (for a day) the previous one's. */
export const signatureHeader = (secrets: string | string[], timestamp: number, body: string) =>
  [`t=${timestamp}`, ...[secrets].flat().map((s) => `v1=${signature(s, timestamp, body)}`)].join(",");

/** What a receiver does (also the tests' receiver): true when one `v1` matches the body under its secret and the header is recent. */
export function verifySignature(secret: string, header: string, body: string, nowSeconds = Math.floor(Date.now() / 1000), toleranceSeconds = 300) {
  const parts = header.split(",").map((p) => p.split("=") as [string, string]);
  const t = Number(parts.find(([k]) => k === "t")?.[1]);
  const v1s = parts.filter(([k, v]) => k === "v1" && v).map(([, v]) => v);
  if (!Number.isInteger(t) || Math.abs(nowSeconds - t) > toleranceSeconds || !v1s.length) return false;
  const want = Buffer.from(signature(secret, t, body), "hex");
  return v1s.some((v) => {
    const got = Buffer.from(v, "hex");
    return want.length === got.length && timingSafeEqual(want, got);
  });
}
