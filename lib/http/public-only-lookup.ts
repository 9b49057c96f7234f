import dns from "node:dns";
import type { LookupFunction } from "node:net";
import { privateHost } from "./private-address";

type Address = { address: string; family: number };
type AllCallback = (err: NodeJS.ErrnoException | null, addresses: Address[]) => void;
type OneCallback = (err: NodeJS.ErrnoException | null, address: string, family: number) => void;

/**
 * The DNS lookup of outgoing connections to addresses a tenant chose (webhooks). It resolves the
 * name and refuses when any address is loopback, private or link-local — at connect time, on the
 * addresses the socket then uses. So a name that resolves to a public address when the URL is
 * saved or checked and to an inside one when the connection is made (DNS rebinding) never reaches
 * the platform's own network. (An IP literal is not looked up; the sender checks it itself.)
 */
export const publicOnlyLookup = ((hostname: string, options: dns.LookupOptions, callback: AllCallback | OneCallback) => {
  dns.lookup(hostname, { ...options, all: true }, (err, addresses) => {
    const fail = (e: NodeJS.ErrnoException) => (options.all ? (callback as AllCallback)(e, []) : (callback as OneCallback)(e, "", 0));
    if (err) return fail(err);
    const inside = addresses.find((a) => privateHost(a.address));
    // (the address itself is not told: the message reaches the delivery log shop staff read)
    if (inside || addresses.length === 0) return fail(Object.assign(new Error(`${hostname} resolves to a private address`), { code: "EPRIVATEADDR" }));
    if (options.all) (callback as AllCallback)(null, addresses);
    else (callback as OneCallback)(null, addresses[0].address, addresses[0].family);
  });
}) as LookupFunction;
