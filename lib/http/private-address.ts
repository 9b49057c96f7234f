import { BlockList, isIP } from "node:net";

// Addresses that are not plain public unicast: this host, private networks, link-local, shared
// (carrier NAT), benchmarking, multicast and reserved ranges (IANA special-purpose registries).
// The documentation ranges (192.0.2/24, 198.51.100/24, 203.0.113/24, 2001:db8::/32) are left
// out: nothing is reachable there, and tests use them as outside addresses. IPv6 forms that carry
// an IPv4 address inside are unwrapped first.
const blocked = new BlockList();
for (const [net, bits] of [
  ["0.0.0.0", 8], ["10.0.0.0", 8], ["100.64.0.0", 10], ["127.0.0.0", 8], ["169.254.0.0", 16], ["172.16.0.0", 12],
  ["192.0.0.0", 24], ["192.88.99.0", 24], ["192.168.0.0", 16], ["198.18.0.0", 15], ["224.0.0.0", 3],
] as const)
  blocked.addSubnet(net, bits, "ipv4");
for (const [net, bits] of [
  ["::", 128], ["::1", 128], ["100::", 64], ["fc00::", 7], ["fe80::", 10], ["fec0::", 10], ["ff00::", 8],
] as const)
  blocked.addSubnet(net, bits, "ipv6");

/** The 8 groups of an IPv6 address as numbers (handles "::" and a dotted IPv4 tail). */
function groups(ip: string): number[] {
  let h = ip.split("%")[0];
  const v4 = /(\d+\.\d+\.\d+\.\d+)$/.exec(h)?.[1];
  if (v4) {
    const [a, b, c, d] = v4.split(".").map(Number);
    h = h.slice(0, -v4.length) + `${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`;
  }
  const [head, tail] = h.split("::");
  const part = (s: string | undefined) => (s ? s.split(":").map((x) => parseInt(x, 16)) : []);
  const hi = part(head);
  const lo = tail === undefined ? [] : part(tail);
  return [...hi, ...Array(8 - hi.length - lo.length).fill(0), ...lo];
}

const v4From = (hi: number, lo: number) => `${hi >> 8}.${hi & 255}.${lo >> 8}.${lo & 255}`;

/** The IPv4 address an IPv6 one carries: mapped (::ffff:a.b.c.d), compatible (::a.b.c.d), NAT64 (64:ff9b::/96), 6to4 (2002::/16). */
function embeddedV4(ip: string): string | null {
  const g = groups(ip);
  if (g.slice(0, 5).every((x) => x === 0) && (g[5] === 0xffff || g[5] === 0) && (g[6] || g[7])) return v4From(g[6], g[7]);
  if (g[0] === 0x64 && g[1] === 0xff9b && g.slice(2, 6).every((x) => x === 0)) return v4From(g[6], g[7]);
  if (g[0] === 0x2002) return v4From(g[1], g[2]);
  return null;
}

/**
 * A host that is not a plain public address: loopback, private, link-local, carrier NAT,
 * multicast, reserved (names like localhost / *.internal / *.local included; an IPv4 address
 * carried inside IPv6 too). Webhook URLs may not point there — checked on the URL and on every
 * address a delivery connects to; the risk check does not count such a client address as one
 * shopper's.
 */
export function privateHost(host: string): boolean {
  const h = host.replace(/^\[|\]$/g, "").toLowerCase();
  if (h === "localhost" || h.endsWith(".localhost") || h.endsWith(".internal") || h.endsWith(".local")) return true;
  const kind = isIP(h.split("%")[0]);
  if (kind === 4) return blocked.check(h, "ipv4");
  if (kind === 6) {
    const v4 = embeddedV4(h);
    return v4 ? blocked.check(v4, "ipv4") : blocked.check(h.split("%")[0], "ipv6");
  }
  return false;
}
