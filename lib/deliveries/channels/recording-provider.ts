import { pgPool } from "@/lib/db/pg-pool";
import type { ChannelProvider, OutsideChannel, Outgoing, SendResult } from "./provider";

/**
 * The default provider of SMS and push (and of email when no SMTP server is configured): it
 * records what would be sent, in one insert per batch, for staff to read on the delivery's page.
 * A real gateway is configuration (providers.ts), behind the same interface.
 */
export function recordingProvider(channel: OutsideChannel): ChannelProvider {
  return {
    name: `recording:${channel}`,
    async send(batch: Outgoing[]): Promise<SendResult[]> {
      if (!batch.length) return [];
      await pgPool().query(
        `INSERT INTO "ProviderSend" (id, channel, "to", subject, body, "shopperId", "shopId", "deliveryId")
         SELECT x.k, $1, x.t, x.s, x.b, x.p, $2, x.d FROM unnest($3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[]) AS x(k, t, s, b, p, d)
         ON CONFLICT (id) DO NOTHING`,
        [channel, batch[0].shopId, batch.map((m) => m.key), batch.map((m) => m.to), batch.map((m) => m.subject), batch.map((m) => m.text), batch.map((m) => m.shopperId), batch.map((m) => m.deliveryId)],
      );
      return batch.map(() => ({ ok: true }));
    },
  };
}
