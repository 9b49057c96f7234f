import { SMTPServer } from "smtp-server";
import { simpleParser, type ParsedMail } from "mailparser";
import type { AddressInfo } from "node:net";

/**
 * A real SMTP server for tests (the `smtp-server` package): it accepts mail on a local port and
 * keeps what arrived, parsed. Addresses starting "bounce" are refused with 550 (a shopper's
 * permanent failure). It can be stopped and started again on the same port (SMTP down, then back).
 */
export async function startSmtpSink(port = 0) {
  const received: ParsedMail[] = [];
  const make = () =>
    new SMTPServer({
      authOptional: true,
      disabledCommands: ["STARTTLS", "AUTH"],
      logger: false,
      // stopping drops pooled client connections at once (SMTP "down")
      closeTimeout: 50,
      onRcptTo(address, _session, cb) {
        if (address.address.startsWith("bounce")) return cb(Object.assign(new Error("550 no such mailbox"), { responseCode: 550 }));
        cb();
      },
      onData(stream, _session, cb) {
        simpleParser(stream)
          .then((m) => {
            received.push(m);
            cb();
          })
          .catch(cb);
      },
    });
  let server = make();
  let up = false;
  await new Promise<void>((ok) => server.listen(port, "127.0.0.1", ok));
  up = true;
  const actualPort = (server.server.address() as AddressInfo).port;
  return {
    port: actualPort,
    url: `smtp://127.0.0.1:${actualPort}`,
    received,
    listening: () => up,
    stop: () => new Promise<void>((ok) => server.close(() => ((up = false), ok()))),
    restart: async () => {
      server = make();
      await new Promise<void>((ok) => server.listen(actualPort, "127.0.0.1", ok));
      up = true;
    },
  };
}
