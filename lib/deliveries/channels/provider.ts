// One interface for every outside channel (email, SMS, app push): a provider takes a batch of
// messages and answers, for each, sent / failed for good (this shopper: a bad address, a
// rejection) / uncertain (cut off after handing it over) / not now (the provider is unreachable:
// try again later, nothing was sent).

export type OutsideChannel = "EMAIL" | "SMS" | "PUSH";

export type Outgoing = {
  /** the recipient row's key, stable across retries: the email's Message-ID is made of it */
  key: string;
  shopperId: string;
  shopId: string | null;
  deliveryId: string;
  /** an email address, a phone number, or (push) the shopper's id in the app */
  to: string;
  subject: string;
  text: string;
  html?: string;
  headers?: Record<string, string>;
};

/**
 * permanent: this shopper fails for good (a bad address, content refused).
 * uncertain: the message may have gone (the connection broke after it was handed over) — never retried.
 * otherwise: "not now" — the provider was unreachable and nothing was sent; the delivery retries later.
 */
export type SendResult = { ok: true } | { ok: false; permanent: boolean; uncertain?: boolean; reason: string };

export interface ChannelProvider {
  readonly name: string;
  send(batch: Outgoing[]): Promise<SendResult[]>;
}
