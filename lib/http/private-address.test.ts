import { describe, expect, it } from "vitest";
import { privateHost } from "./private-address";

describe("privateHost", () => {
  it.each([
    "localhost", "api.localhost", "db.internal", "printer.local",
    "127.0.0.1", "10.1.2.3", "172.16.0.1", "172.31.255.255", "192.168.1.1", "169.254.169.254", "100.64.0.1", "0.0.0.0",
    "192.0.0.8", "198.18.0.1", "224.0.0.1", "239.255.255.250", "255.255.255.255",
    "::1", "::", "[::1]", "fc00::1", "fd12:3456::1", "fe80::1", "febf::1", "fe80::1%eth0", "fec0::1", "ff02::1",
    "::ffff:127.0.0.1", "::ffff:7f00:1", "[::ffff:10.0.0.1]", "::ffff:a00:1", "::a00:1", "::127.0.0.1",
    "64:ff9b::10.0.0.1", "64:ff9b::a00:1", "2002:a00:1::1", "2002:c0a8:101::",
  ])("%s is not public", (h) => expect(privateHost(h)).toBe(true));

  it.each(["93.184.216.34", "8.8.8.8", "172.32.0.1", "100.128.0.1", "192.169.0.1", "2606:4700::1111", "::ffff:8.8.8.8", "64:ff9b::808:808", "2002:808:808::1", "example.com", "hooks.example.cn"])(
    "%s is public",
    (h) => expect(privateHost(h)).toBe(false),
  );
});
