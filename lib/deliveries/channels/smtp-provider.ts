import nodemailer from "nodemailer";
import type { ChannelProvider, Outgoing, SendResult } from "./provider";

const CONCURRENCY = 8;

type SmtpError = { responseCode?: number; response?: string; code?: string; command?: string; message: string };

/**
 * How an SMTP failure reads (nodemailer's error: `command` is the step that failed):
 * - the server could not be reached, or refused us as a client (connection, greeting, EHLO, AUTH,
 *   MAIL FROM, a 4xx anywhere) → not now: nothing was sent, the delivery retries;
 * - RCPT TO or DATA answered 5xx, or the envelope / message itself is bad → this shopper, for good;
 * - the connection broke after the message was handed over (at or after DATA, no answer) →
 *   uncertain: it may have arrived, so it is never sent again.
 */
export function classifySmtpError(e: unknown): SendResult {
  const err = e as SmtpError;
  const reason = (err.response ?? err.message ?? "SMTP error").slice(0, 200);
  const command = (err.command ?? "").toUpperCase();
  if (typeof err.responseCode !== "number" && (err.code === "EENVELOPE" || err.code === "EMESSAGE")) return { ok: false, permanent: true, reason };
  if (typeof err.responseCode === "number") {
    if (err.responseCode >= 500 && (command.startsWith("RCPT") || command === "DATA" || command === "DATA END" || command === "")) return { ok: false, permanent: true, reason };
    return { ok: false, permanent: false, reason };
  }
  if (command === "DATA" || command === "DATA END" || command === "MESSAGE") return { ok: false, permanent: false, uncertain: true, reason };
  return { ok: false, permanent: false, reason: `${err.code ?? ""} ${reason}`.trim() };
}

/**
 * Email through a real SMTP server (nodemailer, pooled connections). A 5xx answer fails that one
 * shopper for good; anything else (the server away, a 4xx) is "not now" and the delivery retries
 * later with backoff. The Message-ID is made of the recipient row's key, so even a retry after a
 * crash mid-send carries the same id and mail systems keep one copy.
 */
export function smtpProvider(url: string, from: string, domain: string): ChannelProvider {
  const transport = nodemailer.createTransport(url.includes("?") || url.startsWith("smtps") ? url : `${url}?pool=true&maxConnections=${CONCURRENCY}`);
  const sendOne = async (m: Outgoing): Promise<SendResult> => {
    try {
      await transport.sendMail({ from, to: m.to, subject: m.subject, text: m.text, html: m.html, headers: m.headers, messageId: `<${m.key}@${domain}>` });
      return { ok: true };
    } catch (e) {
      return classifySmtpError(e);
    }
  };
  return {
    name: "smtp",
    async send(batch) {
      const out: SendResult[] = new Array(batch.length);
      let next = 0;
      const lane = async () => {
        while (next < batch.length) {
          const i = next++;
          out[i] = await sendOne(batch[i]);
          // the server is away: the rest of the batch waits for the retry rather than each timing out
          const r = out[i];
          if (!r.ok && !r.permanent && !r.uncertain && /ECONN|ETIMEDOUT|ESOCKET|EAUTH|connect|greeting/i.test(`${r.reason}`)) {
            while (next < batch.length) out[next++] = { ok: false, permanent: false, reason: "SMTP server unreachable" };
          }
        }
      };
      await Promise.all(Array.from({ length: Math.min(CONCURRENCY, batch.length) }, lane));
      return out;
    },
  };
}
