// POST /api/me/tasks/{key}/claim – the reward of a done task, once (or once a day)
import { z } from "zod";
import { shopperRoute, json } from "@/lib/api/handler";
import { platformOnly } from "@/lib/auth/shopper-scope";
import { claimTask } from "@/lib/engagement/tasks";

const bodySchema = z.object({ userId: z.string().optional() });

export const POST = shopperRoute({ body: bodySchema, summary: "Claim a task's reward (a double tap is one reward)" }, async ({ shopperId, scope, params }) => {
  platformOnly(scope);
  const r = await claimTask(shopperId, params.key);
  return json(r, r.already ? 200 : 201);
});
