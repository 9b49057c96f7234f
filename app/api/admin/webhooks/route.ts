// GET /api/admin/webhooks – the subscriptions the actor may see (never their secrets)
// POST /api/admin/webhooks – subscribe a URL to events; the signing secret is in this answer only
import { json, staffRoute } from "@/lib/api/handler";
import { createWebhookBodySchema } from "@/lib/webhooks/webhook-schemas";
import { createWebhook, listWebhooks } from "@/lib/webhooks/webhook-subscriptions";

export const GET = staffRoute({ roles: ["ADMIN"], summary: "Webhook subscriptions" }, async ({ actor }) => ({ items: await listWebhooks(actor) }));
export const POST = staffRoute({ roles: ["ADMIN"], body: createWebhookBodySchema, summary: "Create a webhook subscription (the secret is shown once)" }, async ({ actor, body }) => json(await createWebhook(actor, body), 201));
