import nodemailer from "nodemailer";
import type { ChannelProvider, Outgoing, SendResult } from "./provider";

const CONCURRENCY = 8;

/** An error where the server never took the message (it could not be reached, or said "try later"). */
function isTemporary(e: unknown): boolean {
  const err = e as { responseCode?: number; code?: string };
  if (typeof err.responseCode === "number") return err.responseCode < 500;
  return true; // ECONNREFUSED, ETIMEDOUT, ESOCKET, ECONNECTION …
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
      const err = e as { responseCode?: number; response?: string; message: string };
      return { ok: false, permanent: !isTemporary(e), reason: (err.response ?? err.message).slice(0, 200) };
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
          if (!out[i].ok && !(out[i] as { permanent: boolean }).permanent && /ECONN|ETIMEDOUT|ESOCKET|connect/i.test((out[i] as { reason: string }).reason)) {
            while (next < batch.length) out[next++] = { ok: false, permanent: false, reason: "SMTP server unreachable" };
          }
        }
      };
      await Promise.all(Array.from({ length: Math.min(CONCURRENCY, batch.length) }, lane));
      return out;
    },
  };
}
