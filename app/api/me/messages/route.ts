// GET /api/me/messages – the shopper's inbox, newest first, with the unread count
import { z } from "zod";
import { shopperRoute } from "@/lib/api/handler";
import { listMessages } from "@/lib/deliveries/inbox";

const querySchema = z.object({ cursor: z.string().max(100).optional(), take: z.coerce.number().int().min(1).max(100).optional(), userId: z.string().optional() });

export const GET = shopperRoute({ query: querySchema, summary: "站内信: the shopper's messages and unread count" }, async ({ shopperId, query }) => listMessages(shopperId, query));
