import { describe, expect, it } from "vitest";
import { classifySmtpError } from "./smtp-provider";

describe("SMTP failures", () => {
  const e = (o: Record<string, unknown>) => Object.assign(new Error(String(o.response ?? o.code ?? "x")), o);
  it("a recipient refused (RCPT 5xx) or a bad message fails that shopper for good", () => {
    expect(classifySmtpError(e({ code: "EENVELOPE", responseCode: 550, command: "RCPT TO", response: "550 no such mailbox" }))).toMatchObject({ ok: false, permanent: true });
    expect(classifySmtpError(e({ code: "EMESSAGE" }))).toMatchObject({ permanent: true });
    expect(classifySmtpError(e({ code: "EMESSAGE", responseCode: 554, command: "DATA", response: "554 spam" }))).toMatchObject({ permanent: true });
  });
  it("the server away, a wrong password, a 4xx or MAIL FROM refused: not now (retried, nothing sent)", () => {
    for (const x of [{ code: "ECONNECTION", command: "CONN" }, { code: "EAUTH", responseCode: 535, command: "AUTH PLAIN" }, { code: "EENVELOPE", responseCode: 451, command: "RCPT TO" }, { code: "EENVELOPE", responseCode: 553, command: "MAIL FROM" }, { code: "ETIMEDOUT", command: "CONN" }])
      expect(classifySmtpError(e(x)), JSON.stringify(x)).toEqual({ ok: false, permanent: false, reason: expect.any(String) });
  });
  it("cut off after the message was handed over: uncertain, never sent again", () => {
    expect(classifySmtpError(e({ code: "ETIMEDOUT", command: "DATA" }))).toMatchObject({ permanent: false, uncertain: true });
  });
});
