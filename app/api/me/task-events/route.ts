// POST /api/me/task-events {kind: VIEW_START|VIEW|SHARE, promotionId} – what the venue page reports for the task centre
import { z } from "zod";
import { shopperRoute } from "@/lib/api/handler";
import { platformOnly } from "@/lib/auth/shopper-scope";
import { recordTaskEvent } from "@/lib/engagement/tasks";

const bodySchema = z.object({ kind: z.enum(["VIEW_START", "VIEW", "SHARE"], { error: "VIEW_START, VIEW or SHARE" }), promotionId: z.string().trim().min(1, "is required").max(100), userId: z.string().optional() });

export const POST = shopperRoute({ body: bodySchema, summary: "Report a venue view or share (task centre)" }, async ({ shopperId, scope, body }) => {
  platformOnly(scope);
  return recordTaskEvent(shopperId, body.kind, body.promotionId);
});
