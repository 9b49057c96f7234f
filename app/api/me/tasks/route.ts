// GET /api/me/tasks – the task centre: each task with its reward, progress, done and claimed
import { shopperRoute } from "@/lib/api/handler";
import { platformOnly } from "@/lib/auth/shopper-scope";
import { tasksOf } from "@/lib/engagement/tasks";

export const GET = shopperRoute({ summary: "My tasks (progress and rewards)" }, async ({ shopperId, scope }) => {
  platformOnly(scope);
  return { items: await tasksOf(shopperId) };
});
