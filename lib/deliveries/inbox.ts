import { db } from "@/lib/db/client";
import { ownPathSchema } from "./delivery-schemas";

// The shopper's in-site inbox (站内信). Opening the inbox reads what it shows (the delivery
// report's "opened"); a message's link goes through /api/messages/{id}/open (its "clicked").

export type InboxMessage = { id: string; title: string; body: string; link: string | null; createdAt: string; read: boolean };

export async function listMessages(shopperId: string, opts: { cursor?: string; take?: number } = {}) {
  const take = Math.min(opts.take ?? 30, 100);
  const rows = await db.message.findMany({
    where: { shopperId },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: take + 1,
    ...(opts.cursor ? { cursor: { id: opts.cursor }, skip: 1 } : {}),
  });
  const page = rows.slice(0, take);
  return {
    items: page.map((m): InboxMessage => ({ id: m.id, title: m.title, body: m.body, link: m.link ? `/api/messages/${m.id}/open` : null, createdAt: m.createdAt.toISOString(), read: m.readAt !== null })),
    nextCursor: rows.length > take ? page[page.length - 1].id : null,
    unread: await unreadCount(shopperId),
  };
}

export const unreadCount = (shopperId: string) => db.message.count({ where: { shopperId, readAt: null } });

/** Marks the shopper's messages read (these, or all); answers how many changed. */
export async function markRead(shopperId: string, ids?: string[], now = new Date()) {
  const r = await db.message.updateMany({ where: { shopperId, readAt: null, ...(ids ? { id: { in: ids } } : {}) }, data: { readAt: now } });
  return { read: r.count };
}

/**
 * A tracked link: the click is recorded once (and counts as a read), and the answer is where to
 * go — the message's own page on this site (checked when the delivery was made), else the inbox.
 */
export async function followMessageLink(id: string, now = new Date()): Promise<string> {
  const m = await db.message.findUnique({ where: { id }, select: { id: true, link: true, clickedAt: true, readAt: true } });
  if (!m) return "/me/messages";
  if (!m.clickedAt) await db.message.updateMany({ where: { id, clickedAt: null }, data: { clickedAt: now, readAt: m.readAt ?? now } });
  return m.link && ownPathSchema.safeParse(m.link).success ? m.link : "/me/messages";
}
