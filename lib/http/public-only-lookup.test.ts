import { describe, expect, it } from "vitest";
import { publicOnlyLookup } from "./public-only-lookup";

const lookup = (host: string, all: boolean) =>
  new Promise<{ err: NodeJS.ErrnoException | null; result: unknown }>((resolve) =>
    (publicOnlyLookup as (h: string, o: object, cb: (err: NodeJS.ErrnoException | null, ...rest: unknown[]) => void) => void)(host, { all }, (err, ...rest) => resolve({ err, result: rest })),
  );

describe("publicOnlyLookup (the connect-time DNS check of webhook deliveries)", () => {
  it("refuses a name that resolves to a loopback address, in both call shapes", async () => {
    for (const all of [true, false]) {
      const { err } = await lookup("localhost", all);
      expect(err?.code).toBe("EPRIVATEADDR");
      expect(err?.message).toMatch(/private address/);
    }
  });

  it("is what the socket uses: a connection to a private name fails before any byte is sent", async () => {
    const net = await import("node:net");
    const server = net.createServer((s) => s.end());
    await new Promise<void>((ok) => server.listen(0, "127.0.0.1", () => ok()));
    const port = (server.address() as { port: number }).port;
    const err = await new Promise<NodeJS.ErrnoException>((resolve) => {
      const socket = net.connect({ host: "localhost", port, lookup: publicOnlyLookup });
      socket.on("error", resolve).on("connect", () => resolve(Object.assign(new Error("connected"), { code: "CONNECTED" })));
    });
    server.close();
    expect(err.code).toBe("EPRIVATEADDR");
  });
});
