import { db } from "@/lib/db/client";
import { verifyClick } from "./signed-links";
import { ownPathSchema } from "./delivery-schemas";
import { maskEmail } from "@/lib/shoppers/list-shoppers";

/**
 * The tracked link of an email, SMS or push: a click with a valid signature is recorded once on
 * its recipient row (the report's "clicked", and a touch for attribution); the answer is the
 * delivery's own page on this site — never anywhere else — or the home page.
 */
export async function followDeliveryLink(deliveryId: string, shopperId: string, channel: string, sig: string, now = new Date()): Promise<string> {
  const d = await db.delivery.findUnique({ where: { id: deliveryId }, select: { link: true } });
  if (!d) return "/";
  if (verifyClick(deliveryId, shopperId, channel, sig)) {
    await db.deliveryRecipient.updateMany({ where: { deliveryId, shopperId, channel, clickedAt: null, status: "SENT" }, data: { clickedAt: now } });
  }
  return d.link && ownPathSchema.safeParse(d.link).success ? d.link : "/";
}

/** What the recording provider recorded for a delivery (SMS, push, email without SMTP), newest first. */
export async function recordedSends(deliveryId: string, opts: { cursor?: string; take?: number; masked?: boolean } = {}) {
  const take = Math.min(opts.take ?? 50, 200);
  const rows = await db.providerSend.findMany({ where: { deliveryId }, orderBy: [{ createdAt: "desc" }, { id: "desc" }], take: take + 1, ...(opts.cursor ? { cursor: { id: opts.cursor }, skip: 1 } : {}) });
  const page = rows.slice(0, take);
  return { items: page.map((r) => ({ id: r.id, channel: r.channel, to: opts.masked ? maskAddress(r.to) : r.to, subject: r.subject, body: r.body, shopperId: r.shopperId, createdAt: r.createdAt.toISOString() })), nextCursor: rows.length > take ? page[page.length - 1].id : null };
}

/** Shop staff see addresses as they see shoppers: masked (a***@x.com, 138****0001). */
export function maskAddress(to: string) {
  if (to.includes("@")) return maskEmail(to) ?? "";
  if (/^\+?\d{7,}$/.test(to)) return `${to.slice(0, 3)}****${to.slice(-4)}`;
  return to;
}
