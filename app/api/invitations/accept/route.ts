// POST /api/invitations/accept {code} – the signed-in (new) shopper accepts an invitation
import { z } from "zod";
import { platformOnly } from "@/lib/auth/shopper-scope";
import { shopperRoute } from "@/lib/api/handler";
import { acceptInvitation } from "@/lib/invites/invitations";

const bodySchema = z.object({ code: z.string().trim().min(1, "is required").max(40), userId: z.string().optional() });

export const POST = shopperRoute({ body: bodySchema, summary: "Accept an invitation (new customers; not one's own; one inviter)" }, async ({ shopperId, scope, body }) => {
  platformOnly(scope);
  return acceptInvitation(shopperId, body.code);
});
