// POST /api/unsubscribe?t=… – one-click unsubscribe (RFC 8058: the mail client posts "List-Unsubscribe=One-Click"); the token names the shopper and channel
import { z } from "zod";
import { publicRoute, json } from "@/lib/api/handler";
import { AppError } from "@/lib/api/errors";
import { readUnsubscribeToken } from "@/lib/deliveries/signed-links";
import { unsubscribe } from "@/lib/deliveries/unsubscribe";

const token = z.string().trim().min(1).max(300);
const querySchema = z.object({ t: token.optional() });
/** mail clients post the form field List-Unsubscribe=One-Click; other callers may send the token in the body */
const bodySchema = z.object({ t: token.optional(), "List-Unsubscribe": z.string().max(50).optional() });

export const POST = publicRoute({ query: querySchema, body: bodySchema, summary: "One-click unsubscribe from a channel (signed link from an email or SMS; token in the query or body)" }, async ({ query, body }) => {
  const t = query.t ?? body.t;
  if (!t) throw new AppError("VALIDATION_FAILED", "The unsubscribe token is missing", { t: "is required" });
  const who = readUnsubscribeToken(t);
  if (!who) throw new AppError("VALIDATION_FAILED", "This unsubscribe link is not valid", { t: "is not a valid unsubscribe token" });
  await unsubscribe(who.shopperId, who.channel);
  return json({ unsubscribed: true, channel: who.channel });
});
