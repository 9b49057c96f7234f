// GET /api/me/invitations – the shopper's share link, invitations and rewards
import { platformOnly } from "@/lib/auth/shopper-scope";
import { shopperRoute } from "@/lib/api/handler";
import { myInvitations } from "@/lib/invites/invitations";

export const GET = shopperRoute({ summary: "My invite link, invitations and rewards" }, async ({ shopperId, scope }) => {
  platformOnly(scope);
  return myInvitations(shopperId);
});
