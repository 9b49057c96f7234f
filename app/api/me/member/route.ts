// GET /api/me/member – my level, its benefits, the progress to the next one and this month's pack
import { shopperRoute } from "@/lib/api/handler";
import { platformOnly } from "@/lib/auth/shopper-scope";
import { memberCard } from "@/lib/members/member-levels";

export const GET = shopperRoute({ summary: "My member level, benefits and progress" }, async ({ shopperId, scope }) => {
  platformOnly(scope);
  return memberCard(shopperId);
});
