import { db } from "@/lib/db/client";

/** Marketing channels a shopper can say no to (the coupon of a delivery is not a message). */
export const MESSAGE_CHANNELS = ["INBOX", "EMAIL", "SMS", "PUSH"] as const;
export type MessageChannel = (typeof MESSAGE_CHANNELS)[number];

/** Idempotent: saying no twice is one row. */
export async function unsubscribe(shopperId: string, channel: string) {
  await db.unsubscribe.upsert({ where: { shopperId_channel: { shopperId, channel } }, create: { shopperId, channel }, update: {} });
}

export async function resubscribe(shopperId: string, channel: string) {
  await db.unsubscribe.deleteMany({ where: { shopperId, channel } });
}

/** The shopper's choices: channel → subscribed. */
export async function preferencesOf(shopperId: string): Promise<Record<MessageChannel, boolean>> {
  const off = new Set((await db.unsubscribe.findMany({ where: { shopperId }, select: { channel: true } })).map((u) => u.channel));
  return Object.fromEntries(MESSAGE_CHANNELS.map((c) => [c, !off.has(c)])) as Record<MessageChannel, boolean>;
}
