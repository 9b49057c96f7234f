import { z } from "zod";
import { WEBHOOK_EVENTS } from "./webhook-events";
import { webhookUrlProblem } from "./webhook-url";

const url = z
  .string({ error: "is required" })
  .trim()
  .min(1, "is required")
  .superRefine((v, ctx) => {
    const problem = webhookUrlProblem(v);
    if (problem) ctx.addIssue({ code: "custom", message: problem });
  });
const events = z.array(z.enum([...WEBHOOK_EVENTS, "*"], { error: `must be one of ${WEBHOOK_EVENTS.join(", ")} or *` })).min(1, "choose at least one event").max(20);

/** POST /api/admin/webhooks */
export const createWebhookBodySchema = z.object({
  url,
  events,
  description: z.string().trim().max(200, "at most 200 characters").optional(),
  /** platform staff: a shop's subscription; absent: the platform's (every shop's events) */
  shopId: z.string().trim().min(1).max(64).nullish(),
});

/** PATCH /api/admin/webhooks/{id} */
export const updateWebhookBodySchema = z.object({ url: url.optional(), events: events.optional(), description: z.string().trim().max(200).optional(), active: z.boolean().optional() });

/** POST /api/admin/webhooks/{id}/rotate-secret: one key per click (the same key again answers the same secret) */
export const rotateWebhookSecretBodySchema = z.object({
  idempotencyKey: z.string({ error: "is required" }).trim().min(8, "at least 8 characters").max(100, "at most 100 characters").regex(/^[\x21-\x7e]+$/, "printable ASCII only"),
});

/** GET /api/admin/webhooks/deliveries */
export const deliveriesQuerySchema = z.object({
  subscriptionId: z.string().max(64).optional(),
  status: z.enum(["PENDING", "DELIVERED", "FAILED"]).optional(),
  cursor: z.string().max(64).optional(),
  take: z.coerce.number().int().min(1).max(100).default(50),
});
