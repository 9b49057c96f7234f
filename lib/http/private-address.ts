import { isIP } from "node:net";

/**
 * A loopback, link-local or private-network host (names like localhost / *.internal included; an
 * IPv4 address written as IPv6 too). Webhook URLs may not point there; the risk check does not
 * count such a client address as one shopper's.
 */
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
