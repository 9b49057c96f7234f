// POST /api/me/messages/read – mark messages read (`ids`, or all)
import { z } from "zod";
import { shopperRoute } from "@/lib/api/handler";
import { markRead } from "@/lib/deliveries/inbox";

const bodySchema = z.object({ ids: z.array(z.string().trim().min(1).max(100)).min(1).max(100).optional(), userId: z.string().optional() });

export const POST = shopperRoute({ body: bodySchema, summary: "Mark inbox messages read" }, async ({ shopperId, body }) => markRead(shopperId, body.ids));
